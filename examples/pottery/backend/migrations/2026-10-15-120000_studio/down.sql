DROP TABLE firings;
DROP TABLE kilns;
DROP TABLE members;
