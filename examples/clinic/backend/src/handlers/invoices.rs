use actix_web::{get, web, HttpResponse};
use diesel::prelude::*;

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::appointment::Appointment;
use crate::models::invoice::Invoice;
use crate::schema::invoices;

#[get("/invoices/{id}")]
pub async fn get_invoice(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let invoice = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Invoice::find(&mut conn, id)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(invoice))
}

#[get("/appointments/{id}/invoices")]
pub async fn list_appointment_invoices(
    pool: web::Data<DbPool>,
    id: web::Path<i32>,
) -> Result<HttpResponse, ApiError> {
    let appointment_id = id.into_inner();
    let invoices = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let appointment = Appointment::find(&mut conn, appointment_id)?;
        let invoices = Invoice::belonging_to(&appointment)
            .order(invoices::issued_at.asc())
            .select(Invoice::as_select())
            .load(&mut conn)?;
        Ok(invoices)
    })
    .await??;
    Ok(HttpResponse::Ok().json(invoices))
}
