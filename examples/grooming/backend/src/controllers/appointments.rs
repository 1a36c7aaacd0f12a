use actix_web::{web, HttpResponse};

use crate::db::DbPool;
use crate::error::ServiceError;
use crate::models::{Appointment, NewAppointment};

pub fn configure(cfg: &mut web::ServiceConfig) {}
