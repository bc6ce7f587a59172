-- The relations an export writes: every table of the archive, then the marts (views named in $marts), by name.
-- Grain: one row per relation (name).
SELECT table_name AS name, 'table' AS kind
FROM duckdb_tables()
WHERE schema_name = 'main' AND NOT temporary
UNION ALL
SELECT view_name AS name, 'mart' AS kind
FROM duckdb_views()
WHERE schema_name = 'main' AND NOT internal AND list_contains($marts, view_name)
ORDER BY kind DESC, name;
