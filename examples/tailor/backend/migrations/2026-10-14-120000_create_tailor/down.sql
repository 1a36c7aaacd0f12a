DROP TABLE jobs;
DROP TABLE garments;
DROP TABLE clients;
