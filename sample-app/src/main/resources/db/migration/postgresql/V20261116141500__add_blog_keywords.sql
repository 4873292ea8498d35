-- Modify "blog" table
ALTER TABLE "blog" ADD COLUMN "keywords" character varying(500) NULL;
