CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    region TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE plants (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    common_name TEXT NOT NULL,
    latin_name TEXT,
    price_cents INTEGER NOT NULL,
    stock INTEGER NOT NULL DEFAULT 0,
    hardy BOOLEAN NOT NULL DEFAULT 1,
    potted_on DATE
);

CREATE INDEX plants_supplier_id_idx ON plants (supplier_id);
