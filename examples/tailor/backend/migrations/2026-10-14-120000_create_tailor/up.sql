CREATE TABLE clients (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT
);

CREATE TABLE garments (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    kind TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    garment_id INTEGER NOT NULL REFERENCES garments(id),
    work TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    promised_by DATE NOT NULL,
    ready BOOLEAN NOT NULL DEFAULT 0,
    picked_up BOOLEAN NOT NULL DEFAULT 0
);

INSERT INTO clients (name, phone, email) VALUES
    ('Margaret Osei', '555-2101', 'margaret.osei@example.com'),
    ('Tomasz Wilk', '555-2144', NULL),
    ('Priya Raman', '555-2190', 'priya@example.com'),
    ('Walk-in Harold', '555-2000', NULL);

INSERT INTO garments (client_id, kind, description) VALUES
    (1, 'wedding dress', 'ivory satin, lace sleeves'),
    (2, 'suit trousers', 'charcoal wool, 34 waist'),
    (2, 'overcoat', 'navy cashmere, torn lining'),
    (3, 'jeans', 'dark denim, too long');

INSERT INTO jobs (garment_id, work, price_cents, promised_by, ready, picked_up) VALUES
    (1, 'take in the bodice', 12000, '2026-12-18', 0, 0),
    (1, 'shorten the hem by 4 cm', 6500, '2026-12-18', 0, 0),
    (2, 'hem trousers with cuffs', 2500, '2026-12-04', 1, 1),
    (3, 'replace the lining', 9000, '2026-12-09', 1, 0),
    (4, 'shorten and keep original hem', 3000, '2026-12-10', 1, 0);
