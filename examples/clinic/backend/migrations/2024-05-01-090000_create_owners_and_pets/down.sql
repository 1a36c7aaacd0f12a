DROP INDEX pets_owner_id_idx;
DROP TABLE pets;
DROP TABLE owners;
