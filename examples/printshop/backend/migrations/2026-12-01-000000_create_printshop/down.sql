DROP TABLE invoices;
DROP TABLE print_jobs;
DROP TABLE customers;
