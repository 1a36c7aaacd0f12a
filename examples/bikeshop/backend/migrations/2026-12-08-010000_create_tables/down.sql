DROP TABLE used_bikes;
DROP TABLE job_parts;
DROP TABLE parts;
DROP TABLE repair_jobs;
DROP TABLE mechanics;
DROP TABLE bikes;
DROP TABLE customers;
