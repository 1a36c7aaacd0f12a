pub mod customers;
pub mod repairs;
pub mod vehicles;
