DROP TABLE invoices;
DROP TABLE prescriptions;
DROP TABLE appointments;
DROP TABLE vets;
DROP TABLE pets;
DROP TABLE owners;
