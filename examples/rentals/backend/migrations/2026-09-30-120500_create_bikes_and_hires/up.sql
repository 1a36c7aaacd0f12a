CREATE TABLE bikes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    hourly_rate_cents INTEGER NOT NULL,
    in_service BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE hires (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    rider_id INTEGER NOT NULL REFERENCES riders(id),
    bike_id INTEGER NOT NULL REFERENCES bikes(id),
    started_at TEXT NOT NULL,
    ended_at TEXT,
    total_cents INTEGER
);

INSERT INTO bikes (id, name, kind, hourly_rate_cents, in_service) VALUES
    (1, 'Gazelle Orange C7', 'city', 900, 1),
    (2, 'Trek Marlin 5', 'mountain', 1400, 1),
    (3, 'Urban Arrow Family', 'cargo', 2200, 0),
    (4, 'Brompton C Line', 'folding', 1100, 1);

INSERT INTO hires (id, rider_id, bike_id, started_at, ended_at, total_cents) VALUES
    (1, 1, 2, '2026-12-05 10:00', '2026-12-05 13:00', 4200),
    (2, 2, 1, '2026-12-06 09:15', NULL, NULL),
    (3, 1, 4, '2026-12-06 14:00', NULL, NULL);
