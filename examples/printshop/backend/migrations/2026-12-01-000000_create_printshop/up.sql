CREATE TABLE customers (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL
);

CREATE TABLE print_jobs (
    id INTEGER PRIMARY KEY NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    title TEXT NOT NULL,
    copies INTEGER NOT NULL,
    paper TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    price_cents INTEGER NOT NULL,
    due_on TEXT NOT NULL
);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY NOT NULL,
    print_job_id INTEGER NOT NULL REFERENCES print_jobs(id),
    amount_cents INTEGER NOT NULL,
    issued_on TEXT NOT NULL,
    paid BOOLEAN NOT NULL DEFAULT 0
);

INSERT INTO customers (id, name, email, phone) VALUES
    (1, 'Harbor Lane Bakery', 'orders@harborlanebakery.com', '555-0142'),
    (2, 'Dana Whitfield', 'dana.whitfield@example.com', '555-0187'),
    (3, 'Riverside Chess Club', 'secretary@riversidechess.org', '555-0113');

INSERT INTO print_jobs (id, customer_id, title, copies, paper, status, price_cents, due_on) VALUES
    (1, 1, 'Spring menu flyers', 500, 'A5 glossy', 'printing', 8900, '2026-12-10'),
    (2, 1, 'Loyalty cards', 1000, '350gsm matte', 'done', 12500, '2026-12-02'),
    (3, 2, 'Wedding invitations', 120, 'Cotton cream', 'proofing', 21000, '2026-12-18'),
    (4, 3, 'Tournament posters', 40, 'A2 satin', 'queued', 6400, '2026-12-14');

INSERT INTO invoices (id, print_job_id, amount_cents, issued_on, paid) VALUES
    (1, 2, 12500, '2026-12-03', 1),
    (2, 1, 8900, '2026-12-05', 0),
    (3, 4, 6400, '2026-12-06', 0);
