use actix_web::{web, HttpResponse, Scope};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::models::NewInvoice;
use crate::repositories::InvoiceRepo;

pub fn scope() -> Scope {
    web::scope("/invoices")
}
