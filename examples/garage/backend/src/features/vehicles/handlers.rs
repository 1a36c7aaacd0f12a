use actix_web::error::{ErrorInternalServerError, ErrorNotFound};
use actix_web::{get, put, web, HttpResponse};

use super::db;
use crate::database::Pool;
use crate::models::VehicleChanges;
use crate::response::Envelope;

#[get("/vehicles")]
async fn list_vehicles(pool: web::Data<Pool>) -> Result<HttpResponse, actix_web::Error> {
    let vehicles = web::block(move || {
        let mut conn = pool.get()?;
        db::all_vehicles(&mut conn).map_err(Into::into)
    })
    .await?
    .map_err(|e: Box<dyn std::error::Error + Send + Sync>| ErrorInternalServerError(e))?;

    Ok(HttpResponse::Ok().json(Envelope::ok(vehicles)))
}

#[get("/vehicles/{id}")]
async fn get_vehicle(pool: web::Data<Pool>, path: web::Path<i32>) -> Result<HttpResponse, actix_web::Error> {
    let vehicle_id = path.into_inner();
    let vehicle = web::block(move || {
        let mut conn = pool.get()?;
        db::find_vehicle(&mut conn, vehicle_id).map_err(Into::into)
    })
    .await?
    .map_err(|e: Box<dyn std::error::Error + Send + Sync>| ErrorInternalServerError(e))?
    .ok_or_else(|| ErrorNotFound(format!("no vehicle with id {vehicle_id}")))?;

    Ok(HttpResponse::Ok().json(Envelope::ok(vehicle)))
}

#[put("/vehicles/{id}")]
async fn update_vehicle(
    pool: web::Data<Pool>,
    path: web::Path<i32>,
    body: web::Json<VehicleChanges>,
) -> Result<HttpResponse, actix_web::Error> {
    let vehicle_id = path.into_inner();
    let changes = body.into_inner();
    let vehicle = web::block(move || {
        let mut conn = pool.get()?;
        db::update_vehicle(&mut conn, vehicle_id, &changes).map_err(Into::into)
    })
    .await?
    .map_err(|e: Box<dyn std::error::Error + Send + Sync>| ErrorInternalServerError(e))?
    .ok_or_else(|| ErrorNotFound(format!("no vehicle with id {vehicle_id}")))?;

    Ok(HttpResponse::Ok().json(Envelope::ok(vehicle)))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_vehicles)
        .service(get_vehicle)
        .service(update_vehicle);
}
