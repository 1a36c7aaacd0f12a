pub mod booking;
pub mod game_result;
pub mod room;

pub use booking::{Booking, BookingInput};
pub use game_result::{GameResult, GameResultInput};
pub use room::{Room, RoomInput};
