use actix_web::error::{ErrorInternalServerError, ErrorNotFound};
use actix_web::{web, Responder};

use crate::repository;
use crate::state::AppState;

async fn list_members(state: web::Data<AppState>) -> actix_web::Result<impl Responder> {
    let members = web::block(move || {
        let mut conn = state.pool.get()?;
        repository::list_members(&mut conn)
    })
    .await?
    .map_err(ErrorInternalServerError)?;

    Ok(web::Json(members))
}

async fn get_member(
    state: web::Data<AppState>,
    path: web::Path<i32>,
) -> actix_web::Result<impl Responder> {
    let member_id = path.into_inner();
    let member = web::block(move || {
        let mut conn = state.pool.get()?;
        repository::find_member(&mut conn, member_id)
    })
    .await?
    .map_err(ErrorInternalServerError)?
    .ok_or_else(|| ErrorNotFound(format!("no member with id {member_id}")))?;

    Ok(web::Json(member))
}

async fn member_loans(
    state: web::Data<AppState>,
    path: web::Path<i32>,
) -> actix_web::Result<impl Responder> {
    let member_id = path.into_inner();
    let loans = web::block(move || {
        let mut conn = state.pool.get()?;
        repository::loans_for_member(&mut conn, member_id)
    })
    .await?
    .map_err(ErrorInternalServerError)?;

    Ok(web::Json(loans))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/members", web::get().to(list_members))
        .route("/members/{id}", web::get().to(get_member))
        .route("/members/{id}/loans", web::get().to(member_loans));
}
