use actix_web::{error, get, post, web, HttpResponse, Result};
use diesel::prelude::*;

use crate::db::DbPool;
use crate::models::owner::{NewOwner, Owner};
use crate::schema::owners;

#[get("/owners")]
pub async fn list_owners(pool: web::Data<DbPool>) -> Result<HttpResponse> {
    let owners = web::block(move || {
        let mut conn = pool.get().map_err(|e| error::ErrorInternalServerError(e))?;
        Owner::list(&mut conn).map_err(error::ErrorInternalServerError)
    })
    .await??;
    Ok(HttpResponse::Ok().json(owners))
}

#[get("/owners/{id}")]
pub async fn get_owner(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse> {
    let id = id.into_inner();
    let owner = web::block(move || {
        let mut conn = pool.get().map_err(|e| error::ErrorInternalServerError(e))?;
        Owner::find(&mut conn, id).map_err(error::ErrorNotFound)
    })
    .await??;
    Ok(HttpResponse::Ok().json(owner))
}

#[post("/owners")]
pub async fn create_owner(pool: web::Data<DbPool>, body: web::Json<NewOwner>) -> Result<HttpResponse> {
    let owner = web::block(move || {
        let mut conn = pool.get().map_err(|e| error::ErrorInternalServerError(e))?;
        diesel::insert_into(owners::table)
            .values(&body.into_inner())
            .returning(Owner::as_returning())
            .get_result(&mut conn)
            .map_err(error::ErrorBadRequest)
    })
    .await??;
    Ok(HttpResponse::Created().json(owner))
}
