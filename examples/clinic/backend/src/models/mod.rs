pub mod appointment;
pub mod enums;
pub mod invoice;
pub mod owner;
pub mod pet;
pub mod prescription;
pub mod vet;
