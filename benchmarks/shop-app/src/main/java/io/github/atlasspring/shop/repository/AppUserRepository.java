package io.github.atlasspring.shop.repository;

import java.util.Optional;

import io.github.atlasspring.shop.domain.AppUser;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@EntityGraph(attributePaths = "authorities")
	Optional<AppUser> findOneWithAuthoritiesByLogin(String login);

}
