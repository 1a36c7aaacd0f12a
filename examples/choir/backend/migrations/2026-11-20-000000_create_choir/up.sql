CREATE TABLE members (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    voice_part TEXT NOT NULL,
    email TEXT NOT NULL,
    joined_on TEXT NOT NULL
);

CREATE TABLE rehearsals (
    id INTEGER PRIMARY KEY NOT NULL,
    held_on TEXT NOT NULL,
    venue TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE attendance (
    id INTEGER PRIMARY KEY NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members(id),
    rehearsal_id INTEGER NOT NULL REFERENCES rehearsals(id),
    present BOOLEAN NOT NULL DEFAULT 1
);

INSERT INTO members (id, name, voice_part, email, joined_on) VALUES
    (1, 'Margaret Okafor', 'soprano', 'margaret.okafor@example.com', '2019-09-04'),
    (2, 'Tomas Reyes', 'tenor', 'tomas.reyes@example.com', '2021-01-13'),
    (3, 'Helen Briggs', 'alto', 'helen.briggs@example.com', '2022-03-02'),
    (4, 'Priya Natarajan', 'alto', 'priya.n@example.com', '2024-09-11');

INSERT INTO rehearsals (id, held_on, venue, notes) VALUES
    (1, '2026-11-24 19:30', 'St Anne Parish Hall', 'Run-through of the Advent programme'),
    (2, '2026-12-01 19:30', 'St Anne Parish Hall', 'Sectionals: altos and tenors'),
    (3, '2026-12-08 19:00', 'Millbrook Community Centre', 'Dress rehearsal with the brass quartet');

INSERT INTO attendance (id, member_id, rehearsal_id, present) VALUES
    (1, 1, 1, 1),
    (2, 2, 1, 0),
    (3, 3, 1, 1),
    (4, 1, 2, 1);
