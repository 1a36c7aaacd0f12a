// All our suppliers.
