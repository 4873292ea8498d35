create table flyway_marker (id bigint primary key, note varchar(100));
insert into flyway_marker (id, note) values (1, 'Flyway ran');
