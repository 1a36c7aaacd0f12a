DROP TABLE orders;
DROP TABLE bouquets;
DROP TABLE customers;
