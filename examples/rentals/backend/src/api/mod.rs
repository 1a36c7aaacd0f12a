pub mod bikes;
pub mod hires;
pub mod riders;
