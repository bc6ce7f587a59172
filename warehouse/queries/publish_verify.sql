-- Read a freshly copied database's catalogue before it is published (a torn copy fails to open or read).
SELECT count(*) AS tables_count FROM duckdb_tables();
