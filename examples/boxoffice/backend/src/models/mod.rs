pub mod booking;
pub mod enums;
pub mod patron;
pub mod performance;
pub mod seat;
pub mod show;
pub mod ticket;
