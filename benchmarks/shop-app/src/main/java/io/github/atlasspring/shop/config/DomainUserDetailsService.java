package io.github.atlasspring.shop.config;

import java.util.List;

import io.github.atlasspring.shop.domain.AppUser;
import io.github.atlasspring.shop.repository.AppUserRepository;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs in back-office users from the {@code app_user} table; users not yet activated cannot.
 */
@Component
public class DomainUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	public DomainUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String login) {
		AppUser user = this.users.findOneWithAuthoritiesByLogin(login)
			.filter((candidate) -> Boolean.TRUE.equals(candidate.getActivated()))
			.orElseThrow(() -> new UsernameNotFoundException("No active user " + login));
		List<SimpleGrantedAuthority> authorities = user.getAuthorities()
			.stream()
			.map((authority) -> new SimpleGrantedAuthority(authority.getName()))
			.toList();
		return new User(user.getLogin(), user.getPasswordHash(), authorities);
	}

}
