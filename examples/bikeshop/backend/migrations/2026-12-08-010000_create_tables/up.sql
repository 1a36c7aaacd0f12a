CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    full_name TEXT NOT NULL,
    phone TEXT,
    email TEXT,
    town TEXT NOT NULL,
    joined_on DATE NOT NULL,
    wants_newsletter BOOLEAN NOT NULL DEFAULT 0,
    trade_account BOOLEAN NOT NULL DEFAULT 0,
    notes TEXT
);

CREATE TABLE bikes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    colour TEXT NOT NULL,
    frame_number TEXT,
    year_made INTEGER,
    is_ebike BOOLEAN NOT NULL DEFAULT 0,
    last_serviced_on DATE
);

CREATE TABLE mechanics (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    hourly_rate_cents INTEGER NOT NULL,
    still_employed BOOLEAN NOT NULL DEFAULT 1,
    started_on DATE NOT NULL
);

CREATE TABLE repair_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    bike_id INTEGER NOT NULL REFERENCES bikes(id),
    mechanic_id INTEGER REFERENCES mechanics(id),
    status TEXT NOT NULL DEFAULT 'booked'
        CHECK (status IN ('booked', 'in_progress', 'waiting_for_parts', 'ready', 'collected', 'cancelled')),
    problem TEXT NOT NULL,
    quote_cents INTEGER NOT NULL,
    final_price_cents INTEGER,
    booked_in_on DATE NOT NULL,
    promised_for DATE NOT NULL,
    finished_at TIMESTAMP,
    collected_at TIMESTAMP,
    paid BOOLEAN NOT NULL DEFAULT 0,
    urgent BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE parts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    brand TEXT,
    sell_price_cents INTEGER NOT NULL,
    cost_price_cents INTEGER NOT NULL,
    stock_count INTEGER NOT NULL DEFAULT 0,
    reorder_level INTEGER NOT NULL DEFAULT 2,
    used BOOLEAN NOT NULL DEFAULT 0,
    discontinued BOOLEAN NOT NULL DEFAULT 0,
    weight_kg DOUBLE
);

CREATE TABLE job_parts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    repair_job_id INTEGER NOT NULL REFERENCES repair_jobs(id),
    part_id INTEGER NOT NULL REFERENCES parts(id),
    quantity INTEGER NOT NULL DEFAULT 1,
    price_each_cents INTEGER NOT NULL,
    added_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE used_bikes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    bike_type TEXT NOT NULL,
    condition TEXT NOT NULL
        CHECK (condition IN ('as_new', 'good', 'fair', 'needs_work')),
    frame_size_cm DOUBLE NOT NULL,
    asking_price_cents BIGINT NOT NULL,
    paid_for_it_cents BIGINT NOT NULL,
    bought_in_on DATE NOT NULL,
    on_display BOOLEAN NOT NULL DEFAULT 1,
    reserved BOOLEAN NOT NULL DEFAULT 0,
    sold_on DATE,
    sold_price_cents BIGINT,
    customer_id INTEGER REFERENCES customers(id)
);
