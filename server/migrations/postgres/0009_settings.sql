-- Facts the server keeps about itself. `key_check` proves the secret key is the one this
-- database's sealed answers were sealed with: a server started with another key refuses to start.
CREATE TABLE server_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
