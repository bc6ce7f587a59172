-- Rows in one relation of the archive, by name (query_table quotes it). Parameters: $name.
SELECT count(*) AS rows_count FROM query_table($name);
