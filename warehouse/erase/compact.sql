-- Copy a database into a new file (run on an in-memory connection): deleted and overwritten values stay behind in
-- the old file's free blocks, so an erasure writes a fresh one. Parameters: $source, $target (file paths).
ATTACH $source AS erase_source (READ_ONLY);
ATTACH $target AS erase_target;
COPY FROM DATABASE erase_source TO erase_target;
DETACH erase_target;
DETACH erase_source;
