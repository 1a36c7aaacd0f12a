use std::sync::Arc;

use actix_web::{error, web, HttpResponse};

use crate::api::members::MemberResponse;
use crate::db::repository;
use crate::AppState;

pub async fn handler(state: web::Data<Arc<AppState>>) -> Result<HttpResponse, actix_web::Error> {
    let mut conn = state.db.get().map_err(error::ErrorInternalServerError)?;
    let members = repository::list_members(&mut conn).map_err(error::ErrorInternalServerError)?;
    let body: Vec<MemberResponse> = members.into_iter().map(MemberResponse::from).collect();
    Ok(HttpResponse::Ok().json(body))
}
