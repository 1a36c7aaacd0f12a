pub mod bouquets;
pub mod customers;
pub mod orders;
