-- Record the proof of one erasure (no personal data). Parameters: as the erasures columns.
INSERT INTO erasures (erasure_id, erased_at, key_kind, comments_count, rows_count, warc_records_count,
                      warc_files_count, files_count, command)
VALUES ($erasure_id, $erased_at, $key_kind, $comments_count, $rows_count, $warc_records_count, $warc_files_count,
        $files_count, $command);
