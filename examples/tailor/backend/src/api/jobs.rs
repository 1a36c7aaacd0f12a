use actix_web::{web, HttpResponse};
use actix_web::web::Json;

use crate::db::models::{Job, JobChanges, NewJob};
use crate::db::Pool;
use crate::error::{ApiResult, AppError};
use crate::persistence::{garments, jobs};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::scope("/jobs"));
}
