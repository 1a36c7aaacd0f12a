-- A little stock so a fresh database has something to show (and the holdout's HTTP checks
-- have known rows: supplier 1, plants 1-3, customer 1).
INSERT INTO suppliers (id, name, email, region, active) VALUES
    (1, 'Greenleaf Growers', 'orders@greenleaf.example', 'Kent', 1),
    (2, 'Moorland Perennials', NULL, 'Yorkshire', 0);

INSERT INTO plants (id, supplier_id, common_name, latin_name, price_cents, stock, hardy, potted_on) VALUES
    (1, 1, 'Boston Fern', 'Nephrolepis exaltata', 1299, 14, 0, '2025-02-20'),
    (2, 1, 'English Lavender', 'Lavandula angustifolia', 650, 3, 1, '2025-01-15'),
    (3, 2, 'Foxglove', 'Digitalis purpurea', 480, 40, 1, NULL);

INSERT INTO customers (id, full_name, email, loyalty_points, newsletter) VALUES
    (1, 'Priya Natarajan', 'priya@example.com', 120, 1);
