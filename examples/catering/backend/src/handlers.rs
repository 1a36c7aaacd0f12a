use actix_web::{delete, error, get, post, web, Error, HttpResponse};
use diesel::prelude::*;

use crate::db::DbPool;
use crate::models::{Customer, Event, NewCustomer};
use crate::schema::{customers, events};

#[get("/customers")]
pub async fn list_customers(pool: web::Data<DbPool>) -> Result<HttpResponse, Error> {
    let mut conn = pool.get().map_err(error::ErrorInternalServerError)?;
    let all = customers::table
        .order(customers::name.asc())
        .load::<Customer>(&mut conn)
        .map_err(error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok().json(all))
}

#[get("/customers/{customer_id}")]
pub async fn get_customer(
    pool: web::Data<DbPool>,
    customer_id: web::Path<i32>,
) -> Result<HttpResponse, Error> {
    let customer_id = customer_id.into_inner();
    let mut conn = pool.get().map_err(error::ErrorInternalServerError)?;
    let customer = customers::table
        .find(customer_id)
        .first::<Customer>(&mut conn)
        .optional()
        .map_err(error::ErrorInternalServerError)?;

    match customer {
        Some(customer) => Ok(HttpResponse::Ok().json(customer)),
        None => Ok(HttpResponse::NotFound().body(format!("No customer found with id {customer_id}"))),
    }
}

#[post("/customers")]
pub async fn create_customer(
    pool: web::Data<DbPool>,
    form: web::Json<NewCustomer>,
) -> Result<HttpResponse, Error> {
    let mut conn = pool.get().map_err(error::ErrorInternalServerError)?;
    let customer = diesel::insert_into(customers::table)
        .values(form.into_inner())
        .get_result::<Customer>(&mut conn)
        .map_err(error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok().json(customer))
}

#[get("/events")]
pub async fn list_events(pool: web::Data<DbPool>) -> Result<HttpResponse, Error> {
    let mut conn = pool.get().map_err(error::ErrorInternalServerError)?;
    let all = events::table
        .order(events::event_date.asc())
        .load::<Event>(&mut conn)
        .map_err(error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok().json(all))
}

#[delete("/events/{event_id}")]
pub async fn delete_event(
    pool: web::Data<DbPool>,
    event_id: web::Path<i32>,
) -> Result<HttpResponse, Error> {
    let event_id = event_id.into_inner();
    let mut conn = pool.get().map_err(error::ErrorInternalServerError)?;
    let deleted = diesel::delete(events::table.find(event_id))
        .execute(&mut conn)
        .map_err(error::ErrorInternalServerError)?;

    if deleted == 0 {
        return Ok(HttpResponse::NotFound().body(format!("No event found with id {event_id}")));
    }
    Ok(HttpResponse::Ok().finish())
}
