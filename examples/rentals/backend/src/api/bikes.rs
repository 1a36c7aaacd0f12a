use actix_web::{web, HttpResponse, Responder};
use diesel::prelude::*;

use crate::models::Bike;
use crate::schema::bikes;
use crate::Pool;

pub async fn list_bikes(pool: web::Data<Pool>) -> impl Responder {
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        bikes::table.order(bikes::id).load::<Bike>(&mut conn)
    })
    .await;

    match result {
        Ok(Ok(list)) => HttpResponse::Ok().json(list),
        _ => HttpResponse::InternalServerError().finish(),
    }
}
