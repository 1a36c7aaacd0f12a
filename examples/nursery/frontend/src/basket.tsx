// The customer's basket while they shop: which plants and how many of each.
