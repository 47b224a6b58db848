-- Named locks for the length of one write transaction: a transaction that writes a row here
-- (`INSERT … ON CONFLICT DO UPDATE`) holds it until it ends, so two requests about the same
-- mobile, login or draft take turns on PostgreSQL as they already do on SQLite. One row a name;
-- the rows carry nothing else.
CREATE TABLE write_locks (
    name TEXT PRIMARY KEY
);
