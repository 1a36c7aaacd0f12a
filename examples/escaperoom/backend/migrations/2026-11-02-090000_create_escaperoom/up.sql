CREATE TABLE rooms (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    difficulty INTEGER NOT NULL,
    max_players INTEGER NOT NULL,
    price_per_person_cents INTEGER NOT NULL
);

CREATE TABLE bookings (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    room_id INTEGER NOT NULL REFERENCES rooms(id),
    group_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    players INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'booked'
);

CREATE TABLE game_results (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    escaped BOOLEAN NOT NULL,
    minutes_taken INTEGER NOT NULL
);

INSERT INTO rooms (name, difficulty, max_players, price_per_person_cents) VALUES
    ('The Pharaoh''s Tomb', 3, 6, 2800),
    ('Submarine 7', 4, 5, 3200),
    ('Grandma''s Attic', 1, 4, 2200),
    ('The Alchemist''s Lab', 5, 8, 3500);

INSERT INTO bookings (room_id, group_name, contact_phone, starts_at, players, status) VALUES
    (1, 'Team Sphinx', '555-0141', '2026-12-01 18:00:00', 5, 'played'),
    (2, 'Depth Chargers', '555-0199', '2026-12-02 20:00:00', 4, 'played'),
    (1, 'Birthday Bunch', '555-0123', '2026-12-12 15:00:00', 6, 'booked'),
    (4, 'Office Escape Crew', '555-0177', '2026-12-13 19:30:00', 7, 'booked'),
    (2, 'The Nguyens', '555-0150', '2026-12-05 17:00:00', 3, 'cancelled'),
    (1, 'Quiz Night Losers', '555-0168', '2026-12-03 21:00:00', 4, 'played');

INSERT INTO game_results (booking_id, escaped, minutes_taken) VALUES
    (1, 1, 52),
    (2, 0, 60),
    (6, 1, 47);
