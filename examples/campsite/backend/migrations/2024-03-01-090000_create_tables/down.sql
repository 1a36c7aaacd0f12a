DROP TABLE hire_items;
DROP TABLE pitch_repairs;
DROP TABLE payments;
DROP TABLE bookings;
DROP TABLE guests;
DROP TABLE pitches;
