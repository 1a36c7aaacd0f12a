CREATE TABLE tasting_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    taster TEXT NOT NULL,
    -- out of 10
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    notes TEXT,
    tasted_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX tasting_notes_batch_id_idx ON tasting_notes (batch_id);
