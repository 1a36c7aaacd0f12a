CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    -- one of the values of models::enums::CustomerKind
    kind TEXT NOT NULL DEFAULT 'pub',
    email TEXT NOT NULL UNIQUE,
    phone TEXT,
    city TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE kegs (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    -- stamped on the keg's collar
    serial TEXT NOT NULL UNIQUE,
    -- 20, 30 or 50
    size_litres INTEGER NOT NULL,
    -- NULL while the keg is empty
    filled_at TIMESTAMP,
    -- false while the keg is out at a customer
    returned BOOLEAN NOT NULL DEFAULT 1,
    last_cleaned_on DATE
);

CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    keg_id INTEGER NOT NULL REFERENCES kegs (id),
    batch_id INTEGER NOT NULL REFERENCES batches (id),
    scheduled_on DATE NOT NULL,
    -- NULL until the van has dropped the keg off
    delivered_at TIMESTAMP,
    price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
    paid BOOLEAN NOT NULL DEFAULT 0,
    paid_at TIMESTAMP
);

CREATE INDEX deliveries_customer_id_idx ON deliveries (customer_id);
CREATE INDEX deliveries_keg_id_idx ON deliveries (keg_id);
