use actix_web::{get, patch, post, web, HttpResponse};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::appointment::{Appointment, AppointmentChanges, AppointmentStatus, NewAppointment};
use crate::schema::appointments;

/// What the front desk sends to book a visit; every new appointment starts as scheduled.
#[derive(Debug, Deserialize)]
pub struct BookAppointment {
    pub pet_id: i32,
    pub vet_id: i32,
    pub scheduled_at: NaiveDateTime,
    pub reason: String,
}

#[get("/appointments/{id}")]
pub async fn get_appointment(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let appointment = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Appointment::find(&mut conn, id)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(appointment))
}

#[post("/appointments")]
pub async fn book_appointment(
    pool: web::Data<DbPool>,
    body: web::Json<BookAppointment>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let new_appointment = NewAppointment {
        pet_id: body.pet_id,
        vet_id: body.vet_id,
        status: AppointmentStatus::Scheduled.as_str().to_owned(),
        scheduled_at: body.scheduled_at,
        reason: body.reason,
    };
    let appointment = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let appointment = diesel::insert_into(appointments::table)
            .values(&new_appointment)
            .returning(Appointment::as_returning())
            .get_result(&mut conn)?;
        Ok(appointment)
    })
    .await??;
    Ok(HttpResponse::Created().json(appointment))
}

#[patch("/appointments/{id}")]
pub async fn update_appointment(
    pool: web::Data<DbPool>,
    id: web::Path<i32>,
    body: web::Json<AppointmentChanges>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let changes = body.into_inner();
    if let Some(status) = &changes.status {
        if AppointmentStatus::parse(status).is_none() {
            return Err(ApiError::BadRequest(format!("unknown status `{status}`")));
        }
    }
    let appointment = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Appointment::update(&mut conn, id, &changes)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(appointment))
}
