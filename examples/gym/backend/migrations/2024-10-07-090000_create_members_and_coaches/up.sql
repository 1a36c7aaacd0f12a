CREATE TABLE members (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    phone TEXT,
    -- one of the values of models::enums::MembershipTier
    tier TEXT NOT NULL DEFAULT 'standard',
    active BOOLEAN NOT NULL DEFAULT 1,
    joined_on DATE NOT NULL DEFAULT CURRENT_DATE,
    cancelled_at TIMESTAMP,
    -- body weight at the induction, if the member agreed to be weighed
    weight_kg REAL
);

CREATE TABLE coaches (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    specialty TEXT NOT NULL,
    bio TEXT,
    -- average of the members' ratings after class, 0 to 5
    rating REAL NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT 1,
    hired_on DATE NOT NULL
);
