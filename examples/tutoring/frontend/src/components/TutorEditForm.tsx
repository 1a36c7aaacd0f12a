// nocodo: let me change a tutor's hourly rate and the subjects they teach
