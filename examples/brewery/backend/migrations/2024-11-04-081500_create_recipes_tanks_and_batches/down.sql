DROP INDEX batches_tank_id_status_idx;
DROP INDEX batches_recipe_id_idx;
DROP TABLE batches;
DROP TABLE tanks;
DROP TABLE recipes;
