-- The blog model's schema as a person writes it for MySQL, whose Hibernate dialect keeps
-- sequences in tables: ids first, named constraints, explicit default rules and the
-- enum's values in another order.
create table flyway_schema_history (
	installed_rank int not null,
	version varchar(50),
	description varchar(200) not null,
	constraint flyway_schema_history_pk primary key (installed_rank)
) engine=InnoDB;

create table author_SEQ (
	next_val bigint
) engine=InnoDB;

insert into author_SEQ (next_val) values (1);

create table blog_SEQ (
	next_val bigint
) engine=InnoDB;

insert into blog_SEQ (next_val) values (1);

create table author (
	id bigint not null,
	name varchar(80) not null,
	constraint pk_author primary key (id)
) engine=InnoDB;

create table tag (
	id bigint not null auto_increment,
	name varchar(40) not null,
	constraint pk_tag primary key (id)
) engine=InnoDB;

create table blog (
	id bigint not null,
	title varchar(200) not null,
	slug varchar(100) not null,
	keywords varchar(500) not null,
	author_id bigint not null,
	status enum ('PUBLISHED', 'DRAFT', 'ARCHIVED'),
	price decimal(10,2),
	published_on date,
	constraint pk_blog primary key (id),
	constraint uk_blog_slug unique (slug),
	constraint fk_blog_author foreign key (author_id) references author (id) on delete cascade
) engine=InnoDB;

create index idx_blog_published_on on blog (published_on);

create table blog_tag (
	blog_id bigint not null,
	tag_id bigint not null,
	constraint pk_blog_tag primary key (blog_id, tag_id),
	constraint fk_blog_tag_blog foreign key (blog_id) references blog (id) on update restrict on delete restrict,
	constraint fk_blog_tag_tag foreign key (tag_id) references tag (id) on delete no action
) engine=InnoDB;
