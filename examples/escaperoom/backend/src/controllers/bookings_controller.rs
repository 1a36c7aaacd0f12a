use actix_web::{get, post, web, HttpResponse, Responder};
use serde_json::json;

use crate::db::DbPool;
use crate::models::{Booking, BookingInput};

#[get("/api/bookings")]
pub async fn list_bookings(pool: web::Data<DbPool>) -> impl Responder {
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        Booking::all(&mut conn)
    })
    .await;

    match result {
        Ok(Ok(bookings)) => HttpResponse::Ok().json(json!({ "bookings": bookings })),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

#[post("/api/bookings")]
pub async fn create_booking(pool: web::Data<DbPool>, body: web::Json<BookingInput>) -> impl Responder {
    let input = body.into_inner();
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        Booking::create(&mut conn, &input)
    })
    .await;

    match result {
        Ok(Ok(booking)) => HttpResponse::Created().json(json!({ "booking": booking })),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

