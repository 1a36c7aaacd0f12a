DROP INDEX tasting_notes_batch_id_idx;
DROP TABLE tasting_notes;
