use std::sync::Arc;

use actix_web::{error, web, HttpResponse};

use crate::api::rehearsals::RehearsalResponse;
use crate::db::repository;
use crate::AppState;

pub async fn handler(state: web::Data<Arc<AppState>>) -> Result<HttpResponse, actix_web::Error> {
    let mut conn = state.db.get().map_err(error::ErrorInternalServerError)?;
    let rehearsals =
        repository::list_rehearsals(&mut conn).map_err(error::ErrorInternalServerError)?;
    let body: Vec<RehearsalResponse> = rehearsals.into_iter().map(RehearsalResponse::from).collect();
    Ok(HttpResponse::Ok().json(body))
}
