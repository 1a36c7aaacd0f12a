mod appointment;
mod client;
mod dog;

pub use appointment::{Appointment, NewAppointment};
pub use client::{Client, NewClient, UpdateClient};
pub use dog::{Dog, NewDog};
