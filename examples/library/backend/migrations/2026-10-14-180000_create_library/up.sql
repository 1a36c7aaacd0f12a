CREATE TABLE members (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    joined_on TEXT NOT NULL
);

CREATE TABLE books (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    isbn TEXT,
    available BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE loans (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    book_id INTEGER NOT NULL REFERENCES books(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    loaned_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    returned BOOLEAN NOT NULL DEFAULT 0
);

INSERT INTO members (id, name, email, joined_on) VALUES
    (1, 'Grace Okafor', 'grace@example.org', '2025-03-01'),
    (2, 'Henrik Larsen', 'henrik@example.org', '2025-06-15'),
    (3, 'Priya Natarajan', 'priya@example.org', '2026-01-09');

INSERT INTO books (id, title, author, isbn, available) VALUES
    (1, 'The Left Hand of Darkness', 'Ursula K. Le Guin', '9780441478125', 0),
    (2, 'Middlemarch', 'George Eliot', '9780141439549', 0),
    (3, 'The Road to Wigan Pier', 'George Orwell', NULL, 1),
    (4, 'A Field Guide to Garden Birds', 'Local Birding Club', NULL, 1);

INSERT INTO loans (id, book_id, member_id, loaned_on, due_on, returned) VALUES
    (1, 1, 1, '2026-11-20', '2026-12-11', 0),
    (2, 2, 2, '2026-11-28', '2026-12-19', 0),
    (3, 3, 1, '2026-10-01', '2026-10-22', 1);
