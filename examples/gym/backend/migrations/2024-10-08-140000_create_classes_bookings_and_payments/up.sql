CREATE TABLE classes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    title TEXT NOT NULL,
    coach_id INTEGER NOT NULL REFERENCES coaches (id),
    -- NULL for outdoor and online classes
    room TEXT,
    starts_at TIMESTAMP NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    cancelled BOOLEAN NOT NULL DEFAULT 0
);

CREATE INDEX classes_starts_at_idx ON classes (starts_at);

CREATE TABLE bookings (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members (id),
    class_id INTEGER NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    -- one of the values of models::enums::BookingStatus
    status TEXT NOT NULL DEFAULT 'booked',
    booked_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    checked_in_at TIMESTAMP
);

CREATE INDEX bookings_class_id_idx ON bookings (class_id);
CREATE INDEX bookings_member_id_booked_at_idx ON bookings (member_id, booked_at);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members (id),
    amount_cents BIGINT NOT NULL,
    paid_on DATE NOT NULL,
    refunded BOOLEAN NOT NULL DEFAULT 0,
    refunded_at TIMESTAMP,
    note TEXT
);

CREATE INDEX payments_member_id_idx ON payments (member_id);
