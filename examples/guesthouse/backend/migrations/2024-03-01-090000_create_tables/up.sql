-- Rooms of the house. Each has a name painted on the door rather than a number.
CREATE TABLE rooms (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    floor INTEGER NOT NULL DEFAULT 0,
    sleeps INTEGER NOT NULL DEFAULT 2,
    sea_view BOOLEAN NOT NULL DEFAULT 0,
    dogs_allowed BOOLEAN NOT NULL DEFAULT 0,
    size_sqm DOUBLE NOT NULL DEFAULT 0,
    nightly_rate_cents INTEGER NOT NULL,
    out_of_use BOOLEAN NOT NULL DEFAULT 0,
    notes TEXT
);

CREATE TABLE guests (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    home_town TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT 'UK',
    newsletter BOOLEAN NOT NULL DEFAULT 0,
    blacklisted BOOLEAN NOT NULL DEFAULT 0,
    first_stayed_on DATE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- status: 'provisional', 'confirmed', 'checked_in', 'checked_out', 'cancelled', 'no_show'
-- source: 'phone', 'email', 'website', 'walk_in', 'agency'
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    guest_id INTEGER NOT NULL REFERENCES guests(id),
    room_id INTEGER NOT NULL REFERENCES rooms(id),
    arrival_date DATE NOT NULL,
    departure_date DATE NOT NULL,
    adults INTEGER NOT NULL DEFAULT 2,
    children INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'provisional',
    source TEXT NOT NULL DEFAULT 'phone',
    total_cents BIGINT NOT NULL,
    deposit_cents INTEGER NOT NULL DEFAULT 0,
    deposit_paid BOOLEAN NOT NULL DEFAULT 0,
    special_requests TEXT,
    booked_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    checked_in_at TIMESTAMP,
    checked_out_at TIMESTAMP,
    cancelled_at TIMESTAMP
);

-- method: 'cash', 'card', 'bank_transfer', 'cheque'
CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    amount_cents BIGINT NOT NULL,
    method TEXT NOT NULL,
    is_deposit BOOLEAN NOT NULL DEFAULT 0,
    refunded BOOLEAN NOT NULL DEFAULT 0,
    paid_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reference TEXT
);

-- Things added to a guest's bill during the stay: packed lunches, wine, late checkout...
CREATE TABLE extras (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    unit_price_cents INTEGER NOT NULL,
    added_on DATE NOT NULL,
    on_the_house BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    stars INTEGER NOT NULL,
    comment TEXT,
    written_on DATE NOT NULL,
    published BOOLEAN NOT NULL DEFAULT 0,
    our_reply TEXT,
    replied_at TIMESTAMP
);

-- kind: 'full_clean', 'linen_change', 'towels_only', 'deep_clean'
CREATE TABLE room_cleanings (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    room_id INTEGER NOT NULL REFERENCES rooms(id),
    due_on DATE NOT NULL,
    kind TEXT NOT NULL DEFAULT 'full_clean',
    cleaner_name TEXT,
    done BOOLEAN NOT NULL DEFAULT 0,
    finished_at TIMESTAMP
);
