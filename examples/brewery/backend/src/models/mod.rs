pub mod batch;
pub mod customer;
pub mod delivery;
pub mod enums;
pub mod keg;
pub mod recipe;
pub mod tank;
pub mod tasting_note;
