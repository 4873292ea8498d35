--liquibase formatted sql

--changeset migrating-app:1 labels:v1
create table customer (id bigint primary key, name varchar(100) not null);
create sequence customer_seq start with 1 increment by 50;
create table startup_event (id bigint primary key, started_at timestamp(6) with time zone not null);
create sequence startup_event_seq start with 1 increment by 50;
insert into customer (id, name) values (1, 'Ada'), (2, 'Grace');

--changeset migrating-app:2 labels:v2
alter table customer add column email varchar(255);
