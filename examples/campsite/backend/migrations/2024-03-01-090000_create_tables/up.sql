-- Pitches on the field: tent, caravan and motorhome spots.
CREATE TABLE pitches (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    field_name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'tent',
    has_hookup BOOLEAN NOT NULL DEFAULT 0,
    max_people INTEGER NOT NULL DEFAULT 4,
    length_metres DOUBLE NOT NULL,
    nightly_rate_cents INTEGER NOT NULL,
    closed_for_season BOOLEAN NOT NULL DEFAULT 0,
    notes TEXT
);

-- Families and people who stay with us.
CREATE TABLE guests (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    home_town TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT 'UK',
    car_registration TEXT,
    banned BOOLEAN NOT NULL DEFAULT 0,
    wants_newsletter BOOLEAN NOT NULL DEFAULT 1,
    first_visit_on DATE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- A stay on one pitch for one guest.
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    guest_id INTEGER NOT NULL REFERENCES guests(id),
    pitch_id INTEGER NOT NULL REFERENCES pitches(id),
    arrival_date DATE NOT NULL,
    departure_date DATE NOT NULL,
    adults INTEGER NOT NULL DEFAULT 2,
    children INTEGER NOT NULL DEFAULT 0,
    dogs INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'pencilled',
    total_cents BIGINT NOT NULL,
    deposit_cents INTEGER NOT NULL DEFAULT 0,
    deposit_paid BOOLEAN NOT NULL DEFAULT 0,
    booked_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    checked_in_at TIMESTAMP,
    checked_out_at TIMESTAMP,
    cancelled_at TIMESTAMP
);

-- Money taken against a booking.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    amount_cents BIGINT NOT NULL,
    method TEXT NOT NULL,
    taken_on DATE NOT NULL,
    refunded BOOLEAN NOT NULL DEFAULT 0,
    note TEXT
);

-- Jobs that need doing on a pitch (broken hookup, flooded ground, ...).
CREATE TABLE pitch_repairs (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    pitch_id INTEGER NOT NULL REFERENCES pitches(id),
    problem TEXT NOT NULL,
    urgent BOOLEAN NOT NULL DEFAULT 0,
    reported_on DATE NOT NULL,
    fixed_on DATE,
    cost_cents INTEGER
);

-- Things guests hire from reception: bikes, fridges, gas bottles...
CREATE TABLE hire_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    item TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    daily_price_cents INTEGER NOT NULL,
    handed_out_on DATE NOT NULL,
    returned_on DATE,
    damaged BOOLEAN NOT NULL DEFAULT 0
);
