-- Create "audit_ids" table
CREATE TABLE `audit_ids` (
  `sequence_name` varchar(255) NOT NULL,
  `next_val` bigint NULL,
  PRIMARY KEY (`sequence_name`)
);
-- The row the audit_ids table generator starts from
INSERT INTO `audit_ids` (`sequence_name`, `next_val`) VALUES ('audit_event', 0);
-- Create "audit_event" table
CREATE TABLE `audit_event` (
  `id` bigint NOT NULL,
  `action` varchar(64) NOT NULL,
  `occurred_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);
-- Create "blog_seq" sequence
CREATE SEQUENCE `blog_seq` INCREMENT BY 50 NOCACHE;
-- Create "users" table
CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `email` varchar(254) NOT NULL,
  `role` enum('ADMIN','AUTHOR','READER') NOT NULL,
  `street` varchar(200) NULL,
  `city` varchar(100) NULL,
  `postal_code` varchar(20) NULL,
  `version` bigint NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `idx_users_last_name` (`last_name`),
  UNIQUE INDEX `uk_users_email` (`email`)
);
-- Create "blog" table
CREATE TABLE `blog` (
  `id` bigint NOT NULL,
  `title` varchar(255) NOT NULL,
  `body` longtext NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `FKkr2fy24puc3x3sdnla4r1iok1` (`user_id`),
  CONSTRAINT `FKkr2fy24puc3x3sdnla4r1iok1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT
);
-- Create "tag" table
CREATE TABLE `tag` (
  `id` uuid NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UK1wdpsed5kna2y38hnbgrnhi5b` (`name`)
);
-- Create "blog_tags" table
CREATE TABLE `blog_tags` (
  `blog_id` bigint NOT NULL,
  `tag_id` uuid NOT NULL,
  PRIMARY KEY (`blog_id`, `tag_id`),
  INDEX `FKldh6xg5hl96jc9f0be6jypogg` (`tag_id`),
  CONSTRAINT `FKldh6xg5hl96jc9f0be6jypogg` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `FKqmaiue6lgfourrb8rngo3x1l` FOREIGN KEY (`blog_id`) REFERENCES `blog` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT
);
