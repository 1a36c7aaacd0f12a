DROP TABLE repairs;
DROP TABLE vehicles;
DROP TABLE customers;
