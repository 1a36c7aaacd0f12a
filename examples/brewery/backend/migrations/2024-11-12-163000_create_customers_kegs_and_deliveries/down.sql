DROP INDEX deliveries_keg_id_idx;
DROP INDEX deliveries_customer_id_idx;
DROP TABLE deliveries;
DROP TABLE kegs;
DROP TABLE customers;
