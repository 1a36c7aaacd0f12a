CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    title TEXT NOT NULL,
    event_date TEXT NOT NULL,
    guests INTEGER NOT NULL,
    venue TEXT NOT NULL
);

CREATE TABLE menu_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    course TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    vegetarian BOOLEAN NOT NULL DEFAULT 0
);

INSERT INTO customers (id, name, email, phone) VALUES
    (1, 'Harbour View Hotel', 'events@harbourview.example', '020 7946 0011'),
    (2, 'Nadia Haddad', 'nadia.h@example.com', NULL),
    (3, 'Riverside Rowing Club', 'social@riverside-rc.example', '020 7946 0033');

INSERT INTO events (id, customer_id, title, event_date, guests, venue) VALUES
    (1, 1, 'Winter staff party', '2026-12-18', 120, 'Harbour View ballroom'),
    (2, 2, 'Haddad wedding reception', '2027-05-22', 80, 'Old Mill Barn'),
    (3, 1, 'New Year brunch', '2027-01-01', 45, 'Harbour View terrace');

INSERT INTO menu_items (id, name, course, price_cents, vegetarian) VALUES
    (1, 'Roast squash soup', 'starter', 650, 1),
    (2, 'Braised beef short rib', 'main', 1850, 0),
    (3, 'Wild mushroom risotto', 'main', 1550, 1),
    (4, 'Sticky toffee pudding', 'dessert', 750, 1);
