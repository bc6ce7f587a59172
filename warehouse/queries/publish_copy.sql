-- Publish: copy the working database, checkpointed, into a new file written in DuckDB 1.4's storage format, so
-- analysts' clients that lag the Python package (the DuckDB CLI, DBeaver's JDBC driver, R; any DuckDB >= 1.4.0)
-- open the published snapshot. Tables with their keys, and views, are copied; the working copy keeps its format.
-- Grain: the whole database, once per publication. Run on an in-memory connection (warehouse/publish.py).
ATTACH $work_path AS wparchive_work;
CHECKPOINT wparchive_work;
ATTACH $copy_path AS wparchive_published (STORAGE_VERSION 'v1.4.0');
COPY FROM DATABASE wparchive_work TO wparchive_published;
DETACH wparchive_published;
