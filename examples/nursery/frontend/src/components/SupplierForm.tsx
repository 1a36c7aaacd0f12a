// Form for a new supplier.
