pub mod books;
pub mod loans;
pub mod members;
