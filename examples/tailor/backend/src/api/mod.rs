pub mod clients;
pub mod garments;
pub mod jobs;
