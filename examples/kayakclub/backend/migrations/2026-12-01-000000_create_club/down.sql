DROP TABLE outings;
DROP TABLE kayaks;
DROP TABLE members;
