use actix_web::{get, post, web, HttpResponse};
use diesel::prelude::*;

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::owner::{NewOwner, Owner};
use crate::models::pet::Pet;
use crate::schema::{owners, pets};

#[get("/owners")]
pub async fn list_owners(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {
    let owners = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Owner::list(&mut conn)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(owners))
}

#[get("/owners/{id}")]
pub async fn get_owner(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let owner = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Owner::find(&mut conn, id)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(owner))
}

#[post("/owners")]
pub async fn create_owner(pool: web::Data<DbPool>, body: web::Json<NewOwner>) -> Result<HttpResponse, ApiError> {
    let new_owner = body.into_inner();
    let owner = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let owner = diesel::insert_into(owners::table)
            .values(&new_owner)
            .returning(Owner::as_returning())
            .get_result(&mut conn)?;
        Ok(owner)
    })
    .await??;
    Ok(HttpResponse::Created().json(owner))
}

#[get("/owners/{id}/pets")]
pub async fn list_owner_pets(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let owner_id = id.into_inner();
    let pets = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let owner = Owner::find(&mut conn, owner_id)?;
        let pets = Pet::belonging_to(&owner)
            .order(pets::name.asc())
            .select(Pet::as_select())
            .load(&mut conn)?;
        Ok(pets)
    })
    .await??;
    Ok(HttpResponse::Ok().json(pets))
}
