DROP TABLE riders;
