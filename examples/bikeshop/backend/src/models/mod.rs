pub mod bike;
pub mod customer;
pub mod enums;
pub mod job_part;
pub mod mechanic;
pub mod part;
pub mod repair_job;
pub mod used_bike;
