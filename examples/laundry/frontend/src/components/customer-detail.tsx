// nocodo: show one customer's address, phone and notes so the driver can find them
