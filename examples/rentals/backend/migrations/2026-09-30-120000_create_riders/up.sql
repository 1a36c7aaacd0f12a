CREATE TABLE riders (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT
);

INSERT INTO riders (id, name, phone, email) VALUES
    (1, 'Jonas Weber', '0171-555-201', 'jonas@example.net'),
    (2, 'Lucia Romano', '0171-555-202', NULL),
    (3, 'Sam Oduya', '0171-555-203', 'sam@example.net');
