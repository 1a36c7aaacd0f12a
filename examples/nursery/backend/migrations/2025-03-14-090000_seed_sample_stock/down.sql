DELETE FROM customers WHERE id = 1;
DELETE FROM plants WHERE id IN (1, 2, 3);
DELETE FROM suppliers WHERE id IN (1, 2);
