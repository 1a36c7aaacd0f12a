CREATE TABLE members (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    joined_on DATE NOT NULL
);

CREATE TABLE kilns (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    max_temp_c INTEGER NOT NULL
);

CREATE TABLE firings (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members(id),
    kiln_code TEXT NOT NULL REFERENCES kilns(code),
    fired_on DATE NOT NULL,
    cone TEXT NOT NULL,
    pieces INTEGER NOT NULL,
    fee_cents INTEGER NOT NULL,
    collected BOOLEAN NOT NULL DEFAULT 0
);

INSERT INTO members (name, email, joined_on) VALUES
    ('Ruth Okafor', 'ruth.okafor@mail.com', '2024-03-02'),
    ('Sam Lindqvist', 'sam@lindqvist.se', '2025-01-18'),
    ('Priya Raman', 'priya.raman@mail.com', '2025-09-07'),
    ('Hugo Brandt', 'hugo.b@mail.com', '2026-11-20');

INSERT INTO kilns (code, name, max_temp_c) VALUES
    ('K1', 'Big Electric', 1300),
    ('K2', 'Little Test Kiln', 1180),
    ('K3', 'Gas Reduction', 1320);

INSERT INTO firings (member_id, kiln_code, fired_on, cone, pieces, fee_cents, collected) VALUES
    (1, 'K1', '2026-11-03', '04', 12, 2400, 1),
    (2, 'K3', '2026-11-10', '10', 5, 3000, 0),
    (1, 'K2', '2026-11-24', '6', 3, 900, 0),
    (3, 'K1', '2026-12-01', '6', 8, 1600, 1),
    (1, 'K3', '2026-12-04', '10', 6, 3600, 0);
