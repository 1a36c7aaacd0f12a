DROP TABLE plants;
DROP TABLE suppliers;
