use actix_web::{get, post, web, HttpResponse};
use diesel::prelude::*;

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::appointment::Appointment;
use crate::models::enums::Species;
use crate::models::pet::{NewPet, Pet};
use crate::schema::{appointments, pets};

#[get("/pets/{id}")]
pub async fn get_pet(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let pet = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Pet::find(&mut conn, id)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(pet))
}

#[post("/pets")]
pub async fn create_pet(pool: web::Data<DbPool>, body: web::Json<NewPet>) -> Result<HttpResponse, ApiError> {
    let new_pet = body.into_inner();
    if Species::parse(&new_pet.species).is_none() {
        return Err(ApiError::BadRequest(format!("unknown species `{}`", new_pet.species)));
    }
    let pet = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let pet = diesel::insert_into(pets::table)
            .values(&new_pet)
            .returning(Pet::as_returning())
            .get_result(&mut conn)?;
        Ok(pet)
    })
    .await??;
    Ok(HttpResponse::Created().json(pet))
}

#[get("/pets/{id}/appointments")]
pub async fn list_pet_appointments(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let pet_id = id.into_inner();
    let appointments = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let pet = Pet::find(&mut conn, pet_id)?;
        let appointments = Appointment::belonging_to(&pet)
            .order(appointments::scheduled_at.desc())
            .select(Appointment::as_select())
            .load(&mut conn)?;
        Ok(appointments)
    })
    .await??;
    Ok(HttpResponse::Ok().json(appointments))
}
