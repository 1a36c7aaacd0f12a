pub mod booking;
pub mod enums;
pub mod extra;
pub mod guest;
pub mod payment;
pub mod review;
pub mod room;
pub mod room_cleaning;
