use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::errors::ApiError;
use crate::models::NewCustomer;
use crate::services::Database;

pub fn configure(cfg: &mut web::ServiceConfig) {}
