CREATE TABLE instructors (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    full_name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    adi_number TEXT NOT NULL,
    hourly_rate_cents INTEGER NOT NULL,
    average_rating DOUBLE NOT NULL DEFAULT 0,
    teaches_automatic BOOLEAN NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT 1,
    hired_on DATE NOT NULL,
    left_on DATE
);

CREATE TABLE cars (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    registration TEXT NOT NULL,
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    gearbox TEXT NOT NULL,
    instructor_id INTEGER REFERENCES instructors(id),
    mileage INTEGER NOT NULL DEFAULT 0,
    engine_litres DOUBLE NOT NULL,
    dual_controls BOOLEAN NOT NULL DEFAULT 1,
    off_road BOOLEAN NOT NULL DEFAULT 0,
    mot_due DATE NOT NULL,
    insurance_renews_on DATE NOT NULL
);

CREATE TABLE students (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    date_of_birth DATE NOT NULL,
    provisional_licence TEXT NOT NULL,
    instructor_id INTEGER NOT NULL REFERENCES instructors(id),
    wants_automatic BOOLEAN NOT NULL DEFAULT 0,
    theory_passed BOOLEAN NOT NULL DEFAULT 0,
    on_hold BOOLEAN NOT NULL DEFAULT 0,
    prepaid_hours INTEGER NOT NULL DEFAULT 0,
    enrolled_on DATE NOT NULL,
    passed_on DATE
);

CREATE TABLE lessons (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    student_id INTEGER NOT NULL REFERENCES students(id),
    instructor_id INTEGER NOT NULL REFERENCES instructors(id),
    car_id INTEGER NOT NULL REFERENCES cars(id),
    starts_at TIMESTAMP NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 60,
    pickup_address TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'booked',
    price_cents INTEGER NOT NULL,
    miles_driven DOUBLE,
    instructor_notes TEXT,
    cancelled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    student_id INTEGER NOT NULL REFERENCES students(id),
    amount_cents INTEGER NOT NULL,
    method TEXT NOT NULL,
    hours_bought INTEGER NOT NULL DEFAULT 0,
    reference TEXT,
    refunded BOOLEAN NOT NULL DEFAULT 0,
    paid_at TIMESTAMP NOT NULL
);

CREATE TABLE driving_tests (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    student_id INTEGER NOT NULL REFERENCES students(id),
    car_id INTEGER REFERENCES cars(id),
    test_centre TEXT NOT NULL,
    test_date DATE NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'booked',
    minor_faults INTEGER,
    fee_cents INTEGER NOT NULL,
    uses_school_car BOOLEAN NOT NULL DEFAULT 1,
    booked_on DATE NOT NULL
);
