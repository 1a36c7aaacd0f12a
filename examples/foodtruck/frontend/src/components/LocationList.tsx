// nocodo: show where the truck parks on each day of the week, with opening hours
