// Everyone with a loyalty account.
