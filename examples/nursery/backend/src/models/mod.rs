pub mod customer;
pub mod plant;
pub mod supplier;
