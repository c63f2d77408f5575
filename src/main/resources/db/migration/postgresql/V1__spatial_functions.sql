-- Creating the extension needs a superuser: provisioning scripts create it with the database;
-- IF NOT EXISTS lets an unprivileged owner migrate a database where it already exists.
CREATE EXTENSION IF NOT EXISTS postgis;
