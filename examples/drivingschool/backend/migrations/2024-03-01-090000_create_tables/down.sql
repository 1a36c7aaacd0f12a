DROP TABLE driving_tests;
DROP TABLE payments;
DROP TABLE lessons;
DROP TABLE students;
DROP TABLE cars;
DROP TABLE instructors;
