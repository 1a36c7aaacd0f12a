DROP TABLE room_cleanings;
DROP TABLE reviews;
DROP TABLE extras;
DROP TABLE payments;
DROP TABLE bookings;
DROP TABLE guests;
DROP TABLE rooms;
