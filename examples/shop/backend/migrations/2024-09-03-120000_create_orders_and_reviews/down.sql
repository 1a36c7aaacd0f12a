DROP INDEX reviews_product_id_idx;
DROP TABLE reviews;
DROP INDEX order_items_order_id_idx;
DROP TABLE order_items;
DROP INDEX orders_customer_id_placed_at_idx;
DROP TABLE orders;
