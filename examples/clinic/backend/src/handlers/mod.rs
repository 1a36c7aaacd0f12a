pub mod owners;
