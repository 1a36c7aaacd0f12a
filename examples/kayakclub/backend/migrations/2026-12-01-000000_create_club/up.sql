CREATE TABLE members (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL
);

CREATE TABLE kayaks (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    seats INTEGER NOT NULL,
    in_service BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE outings (
    id INTEGER PRIMARY KEY NOT NULL,
    kayak_id INTEGER NOT NULL REFERENCES kayaks(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    starts_at TEXT NOT NULL,
    returns_at TEXT NOT NULL,
    returned BOOLEAN NOT NULL DEFAULT 0
);

INSERT INTO members (id, name, email, level) VALUES
    (1, 'Lena Fischer', 'lena.fischer@example.com', 'beginner'),
    (2, 'Omar Haddad', 'omar.haddad@example.com', 'advanced'),
    (3, 'Sofia Rossi', 'sofia.rossi@example.com', 'intermediate'),
    (4, 'Jack Turner', 'jack.turner@example.com', 'beginner');

INSERT INTO kayaks (id, name, kind, seats, in_service) VALUES
    (1, 'Blue Heron', 'sea', 1, 1),
    (2, 'Otter', 'touring', 2, 1),
    (3, 'Kingfisher', 'river', 1, 0),
    (4, 'Puffin', 'sea', 2, 1);

INSERT INTO outings (id, kayak_id, member_id, starts_at, returns_at, returned) VALUES
    (1, 1, 2, '2026-12-05 09:00', '2026-12-05 12:00', 1),
    (2, 2, 1, '2026-12-06 10:00', '2026-12-06 13:30', 0),
    (3, 4, 2, '2026-12-07 08:30', '2026-12-07 11:00', 0),
    (4, 1, 3, '2026-12-04 14:00', '2026-12-04 16:00', 1);
