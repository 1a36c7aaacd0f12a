DROP TABLE attendance;
DROP TABLE rehearsals;
DROP TABLE members;
