pub mod booking;
pub mod class;
pub mod coach;
pub mod enums;
pub mod member;
pub mod payment;
