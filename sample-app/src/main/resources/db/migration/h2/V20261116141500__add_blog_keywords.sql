ALTER TABLE blog ADD COLUMN keywords varchar(500) NULL;
