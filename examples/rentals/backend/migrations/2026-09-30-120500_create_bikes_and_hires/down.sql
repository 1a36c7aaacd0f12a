DROP TABLE hires;
DROP TABLE bikes;
