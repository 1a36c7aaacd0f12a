DROP TABLE invoices;
DROP TABLE prescriptions;
