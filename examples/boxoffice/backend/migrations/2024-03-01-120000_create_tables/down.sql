DROP TABLE tickets;
DROP TABLE bookings;
DROP TABLE seats;
DROP TABLE patrons;
DROP TABLE performances;
DROP TABLE shows;
