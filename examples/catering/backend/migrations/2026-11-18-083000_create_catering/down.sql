DROP TABLE menu_items;
DROP TABLE events;
DROP TABLE customers;
