DROP INDEX appointments_vet_id_scheduled_at_idx;
DROP INDEX appointments_pet_id_idx;
DROP TABLE appointments;
DROP TABLE vets;
