pub mod appointments;
pub mod clients;
pub mod dogs;
