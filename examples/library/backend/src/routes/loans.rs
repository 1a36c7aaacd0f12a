use actix_web::error::{ErrorInternalServerError, ErrorNotFound};
use actix_web::{web, HttpResponse, Responder};

use crate::repository;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
}
