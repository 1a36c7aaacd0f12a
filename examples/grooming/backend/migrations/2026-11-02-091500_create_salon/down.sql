DROP TABLE appointments;
DROP TABLE dogs;
DROP TABLE clients;
