pub mod booking;
pub mod enums;
pub mod guest;
pub mod hire_item;
pub mod payment;
pub mod pitch;
pub mod pitch_repair;

pub use booking::{Booking, NewBooking};
pub use enums::{BookingStatus, PaymentMethod, PitchKind};
pub use guest::{Guest, NewGuest};
pub use hire_item::{HireItem, NewHireItem};
pub use payment::{NewPayment, Payment};
pub use pitch::{NewPitch, Pitch};
pub use pitch_repair::{NewPitchRepair, PitchRepair};
