pub mod customers;
pub mod invoices;
pub mod print_jobs;

pub use customers::CustomerRepo;
pub use invoices::InvoiceRepo;
pub use print_jobs::PrintJobRepo;
