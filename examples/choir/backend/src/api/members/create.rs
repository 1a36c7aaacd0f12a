use std::sync::Arc;

use actix_web::{error, web, HttpResponse};
use serde::Deserialize;

use crate::api::members::MemberResponse;
use crate::db::models::NewMember;
use crate::db::repository;
use crate::AppState;

#[derive(Debug, Deserialize)]
pub struct CreateMemberRequest {
    pub name: String,
    pub voice_part: String,
    pub email: String,
    pub joined_on: String,
}

pub async fn handler(
    state: web::Data<Arc<AppState>>,
    body: web::Json<CreateMemberRequest>,
) -> Result<HttpResponse, actix_web::Error> {
    let body = body.into_inner();
    let new_member = NewMember {
        name: body.name,
        voice_part: body.voice_part,
        email: body.email,
        joined_on: body.joined_on,
    };
    let mut conn = state.db.get().map_err(error::ErrorInternalServerError)?;
    let member = repository::insert_member(&mut conn, &new_member)
        .map_err(error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok().json(MemberResponse::from(member)))
}
