DROP TABLE game_results;
DROP TABLE bookings;
DROP TABLE rooms;
