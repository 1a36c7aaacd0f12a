use diesel::prelude::*;
use serde::Serialize;

use crate::schema::{customers, invoices, print_jobs};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = customers)]
pub struct Customer {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = customers)]
pub struct NewCustomer {
    pub name: String,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, AsChangeset)]
#[diesel(table_name = customers)]
pub struct CustomerChanges {
    pub name: String,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = print_jobs)]
#[diesel(belongs_to(Customer))]
pub struct PrintJob {
    pub id: i32,
    pub customer_id: i32,
    pub title: String,
    pub copies: i32,
    pub paper: String,
    pub status: String,
    pub price_cents: i32,
    pub due_on: String,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = print_jobs)]
pub struct NewPrintJob {
    pub customer_id: i32,
    pub title: String,
    pub copies: i32,
    pub paper: String,
    pub status: String,
    pub price_cents: i32,
    pub due_on: String,
}

#[derive(Debug, AsChangeset)]
#[diesel(table_name = print_jobs)]
pub struct PrintJobChanges {
    pub title: String,
    pub copies: i32,
    pub paper: String,
    pub status: String,
    pub price_cents: i32,
    pub due_on: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = invoices)]
#[diesel(belongs_to(PrintJob))]
pub struct Invoice {
    pub id: i32,
    pub print_job_id: i32,
    pub amount_cents: i32,
    pub issued_on: String,
    pub paid: bool,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = invoices)]
pub struct NewInvoice {
    pub print_job_id: i32,
    pub amount_cents: i32,
    pub issued_on: String,
    pub paid: bool,
}
