pub mod kayaks;
pub mod members;
pub mod outings;
