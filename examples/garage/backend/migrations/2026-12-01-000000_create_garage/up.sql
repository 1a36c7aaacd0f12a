CREATE TABLE customers (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL
);

CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    plate TEXT NOT NULL,
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    year INTEGER NOT NULL
);

CREATE TABLE repairs (
    id INTEGER PRIMARY KEY NOT NULL,
    vehicle_id INTEGER NOT NULL REFERENCES vehicles(id),
    description TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    price_cents INTEGER NOT NULL,
    opened_on TEXT NOT NULL DEFAULT (date('now')),
    closed_on TEXT
);

INSERT INTO customers (id, name, phone) VALUES
    (1, 'Maria Lopez', '+34 612 345 678'),
    (2, 'Tom Becker', '+49 151 2233 4455'),
    (3, 'Aisha Khan', '+44 7700 900123');

INSERT INTO vehicles (id, customer_id, plate, make, model, year) VALUES
    (1, 1, 'KA-123-BX', 'Toyota', 'Corolla', 2015),
    (2, 1, 'LM-884-QR', 'Ford', 'Transit', 2019),
    (3, 2, 'ZT-510-AA', 'Volkswagen', 'Golf', 2012),
    (4, 3, 'HB-777-KC', 'Honda', 'Civic', 2020);

INSERT INTO repairs (id, vehicle_id, description, status, price_cents, opened_on, closed_on) VALUES
    (1, 1, 'Brake pads replacement', 'done', 18000, '2026-11-20', '2026-11-21'),
    (2, 3, 'Timing belt', 'in_progress', 42000, '2026-12-01', NULL),
    (3, 2, 'Oil change', 'open', 6500, '2026-12-05', NULL),
    (4, 4, 'Windshield chip repair', 'open', 9000, '2026-12-06', NULL);
