pub mod customers;
pub mod invoices;
pub mod print_jobs;
