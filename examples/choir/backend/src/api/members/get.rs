use std::sync::Arc;

use actix_web::{error, web, HttpResponse};

use crate::api::members::MemberResponse;
use crate::db::repository;
use crate::AppState;

pub async fn handler(
    state: web::Data<Arc<AppState>>,
    path: web::Path<i32>,
) -> Result<HttpResponse, actix_web::Error> {
    let member_id = path.into_inner();
    let mut conn = state.db.get().map_err(error::ErrorInternalServerError)?;
    let member = repository::find_member(&mut conn, member_id)
        .map_err(error::ErrorInternalServerError)?
        .ok_or_else(|| error::ErrorNotFound(format!("no member with id {member_id}")))?;
    Ok(HttpResponse::Ok().json(MemberResponse::from(member)))
}
