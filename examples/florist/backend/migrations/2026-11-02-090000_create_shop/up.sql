CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT
);

CREATE TABLE bouquets (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    in_stock BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    bouquet_id INTEGER NOT NULL REFERENCES bouquets(id),
    delivery_date DATE NOT NULL,
    delivery_address TEXT NOT NULL,
    card_message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    paid BOOLEAN NOT NULL DEFAULT 0
);

INSERT INTO customers (name, phone, email) VALUES
    ('Margaret Holloway', '555-0141', 'margaret@holloway.net'),
    ('Dev Patel', '555-0178', NULL),
    ('Ines Carvalho', '555-0193', 'ines.c@mail.com'),
    ('Tom Brennan', '555-0120', NULL);

INSERT INTO bouquets (name, price_cents, in_stock) VALUES
    ('Spring Tulips', 3500, 1),
    ('Red Roses Dozen', 6000, 1),
    ('Sunflower Sunshine', 4200, 0),
    ('Peony Blush', 5800, 1),
    ('Winter Evergreen', 4800, 1);

INSERT INTO orders (customer_id, bouquet_id, delivery_date, delivery_address, card_message, status, paid) VALUES
    (1, 2, '2026-12-12', '14 Elm Row', 'Happy anniversary, love M', 'new', 0),
    (2, 1, '2026-12-12', '3 Quarry Lane, flat 2', 'Get well soon!', 'out for delivery', 1),
    (1, 4, '2026-12-19', '14 Elm Row', 'For Mum', 'new', 1),
    (3, 3, '2026-12-05', '88 Harbour Street', 'Congratulations on the new shop', 'delivered', 0);
