-- Rows of one exported Parquet file (`wparchive export`; CSV files are searched as bytes) that hold one of the
-- strings an erasure takes out. Parameters: $path, $needles. Grain: one row (the count).
SELECT count(*) AS rows_count
FROM read_parquet($path) AS t
WHERE list_bool_or(list_transform($needles::VARCHAR[], lambda needle: contains(CAST(t AS VARCHAR), needle)));
