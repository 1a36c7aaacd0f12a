use actix_web::error::{ErrorInternalServerError, ErrorNotFound};
use actix_web::{delete, get, patch, post, web, HttpResponse};

use super::db;
use crate::database::Pool;
use crate::models::{NewRepair, RepairChanges};
use crate::response::Envelope;

pub fn configure(cfg: &mut web::ServiceConfig) {
}
