use actix_web::{get, post, web, HttpResponse};
use diesel::prelude::*;

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::enums::MembershipTier;
use crate::models::member::{Member, NewMember};
use crate::models::payment::Payment;
use crate::schema::members;

#[get("/members")]
pub async fn list_members(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {
    let members = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Member::list(&mut conn)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(members))
}

#[get("/members/{id}")]
pub async fn get_member(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let member = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Member::find(&mut conn, id)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(member))
}

#[get("/members/{id}/payments")]
pub async fn list_member_payments(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let member_id = id.into_inner();
    let payments = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Member::find(&mut conn, member_id)?;
        Ok(Payment::list_for_member(&mut conn, member_id)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(payments))
}

/// Signs up a new member from the front-desk form.
#[post("/members")]
pub async fn create_member(pool: web::Data<DbPool>, body: web::Json<NewMember>) -> Result<HttpResponse, ApiError> {
    let new_member = body.into_inner();
    if MembershipTier::parse(&new_member.tier).is_none() {
        return Err(ApiError::BadRequest(format!("unknown membership tier `{}`", new_member.tier)));
    }
    if !new_member.email.contains('@') {
        return Err(ApiError::BadRequest("an email address is needed".to_owned()));
    }
    let member = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let member = diesel::insert_into(members::table)
            .values(&new_member)
            .returning(Member::as_returning())
            .get_result(&mut conn)?;
        Ok(member)
    })
    .await??;
    Ok(HttpResponse::Created().json(member))
}
