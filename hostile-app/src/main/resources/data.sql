create table if not exists sql_init_marker (id bigint primary key, note varchar(100));
insert into sql_init_marker (id, note) values (1, 'data.sql ran') on conflict do nothing;
