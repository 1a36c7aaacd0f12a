CREATE TABLE clients (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT
);

CREATE TABLE dogs (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    name TEXT NOT NULL,
    breed TEXT NOT NULL,
    size TEXT NOT NULL DEFAULT 'medium'
);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    dog_id INTEGER NOT NULL REFERENCES dogs(id),
    starts_at TEXT NOT NULL,
    service TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'booked'
);

INSERT INTO clients (id, name, phone, email) VALUES
    (1, 'Maria Lopez', '555-0101', 'maria@example.com'),
    (2, 'Tom Becker', '555-0102', NULL),
    (3, 'Aiko Tanaka', '555-0103', 'aiko@example.com');

INSERT INTO dogs (id, client_id, name, breed, size) VALUES
    (1, 1, 'Biscuit', 'Cocker Spaniel', 'medium'),
    (2, 1, 'Pepper', 'Miniature Schnauzer', 'small'),
    (3, 2, 'Moose', 'Newfoundland', 'large');

INSERT INTO appointments (id, dog_id, starts_at, service, price_cents, status) VALUES
    (1, 1, '2026-12-10 09:30', 'Full groom', 6500, 'booked'),
    (2, 2, '2026-12-10 11:00', 'Bath and brush', 3500, 'booked'),
    (3, 1, '2026-11-20 14:00', 'Nail trim', 1500, 'done');
