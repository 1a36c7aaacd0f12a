-- The productions we put on.
CREATE TABLE shows (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    title TEXT NOT NULL,
    playwright TEXT,
    director TEXT,
    blurb TEXT,
    running_time_minutes INTEGER NOT NULL,
    has_interval BOOLEAN NOT NULL DEFAULT 1,
    family_friendly BOOLEAN NOT NULL DEFAULT 0,
    opening_night DATE NOT NULL,
    closing_night DATE NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- One night (or matinee) of a show.
CREATE TABLE performances (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    show_id INTEGER NOT NULL REFERENCES shows(id),
    starts_at TIMESTAMP NOT NULL,
    is_matinee BOOLEAN NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'on_sale', -- on_sale | sold_out | cancelled | finished
    seats_available INTEGER NOT NULL,
    full_price_cents INTEGER NOT NULL,
    concession_price_cents INTEGER NOT NULL,
    cancelled_at TIMESTAMP,
    cancel_reason TEXT
);

-- People who buy tickets from us.
CREATE TABLE patrons (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    town TEXT NOT NULL,
    is_friend_of_theatre BOOLEAN NOT NULL DEFAULT 0,
    friend_since DATE,
    mailing_list BOOLEAN NOT NULL DEFAULT 1,
    date_of_birth DATE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Every seat in the hall.
CREATE TABLE seats (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    seat_row TEXT NOT NULL,
    seat_number INTEGER NOT NULL,
    area TEXT NOT NULL, -- stalls | circle | balcony
    wheelchair_space BOOLEAN NOT NULL DEFAULT 0,
    restricted_view BOOLEAN NOT NULL DEFAULT 0,
    price_factor DOUBLE NOT NULL DEFAULT 1.0
);

-- One purchase (a basket of tickets) by a patron.
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    patron_id INTEGER NOT NULL REFERENCES patrons(id),
    reference TEXT NOT NULL,
    channel TEXT NOT NULL, -- counter | phone | online
    status TEXT NOT NULL DEFAULT 'reserved', -- reserved | paid | cancelled | refunded
    total_cents BIGINT NOT NULL,
    booking_fee_cents INTEGER NOT NULL DEFAULT 0,
    gift_aid BOOLEAN NOT NULL DEFAULT 0,
    booked_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    paid_at TIMESTAMP,
    cancelled_at TIMESTAMP,
    notes TEXT
);

-- One seat for one performance, sold in a booking.
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    performance_id INTEGER NOT NULL REFERENCES performances(id),
    seat_id INTEGER NOT NULL REFERENCES seats(id),
    price_cents INTEGER NOT NULL,
    concession BOOLEAN NOT NULL DEFAULT 0,
    printed BOOLEAN NOT NULL DEFAULT 0,
    scanned_at TIMESTAMP
);
