DROP TABLE coaches;
DROP TABLE members;
