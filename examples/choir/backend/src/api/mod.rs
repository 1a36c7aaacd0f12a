pub mod attendance;
pub mod members;
pub mod rehearsals;
