use actix_web::{web, HttpResponse, Responder};
use diesel::prelude::*;

use crate::models::{NewRider, Rider};
use crate::schema::riders;
use crate::Pool;

pub async fn list_riders(pool: web::Data<Pool>) -> impl Responder {
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        riders::table.order(riders::name).load::<Rider>(&mut conn)
    })
    .await;

    match result {
        Ok(Ok(list)) => HttpResponse::Ok().json(list),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

pub async fn get_rider(pool: web::Data<Pool>, path: web::Path<i32>) -> impl Responder {
    let rider_id = path.into_inner();
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        riders::table
            .find(rider_id)
            .first::<Rider>(&mut conn)
            .optional()
    })
    .await;

    match result {
        Ok(Ok(Some(rider))) => HttpResponse::Ok().json(rider),
        Ok(Ok(None)) => HttpResponse::NotFound().finish(),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

pub async fn create_rider(pool: web::Data<Pool>, item: web::Json<NewRider>) -> impl Responder {
    let new_rider = item.into_inner();
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        diesel::insert_into(riders::table)
            .values(&new_rider)
            .get_result::<Rider>(&mut conn)
    })
    .await;

    match result {
        Ok(Ok(rider)) => HttpResponse::Created().json(rider),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

pub async fn delete_rider(pool: web::Data<Pool>, path: web::Path<i32>) -> impl Responder {
    let rider_id = path.into_inner();
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        diesel::delete(riders::table.find(rider_id)).execute(&mut conn)
    })
    .await;

    match result {
        Ok(Ok(0)) => HttpResponse::NotFound().finish(),
        Ok(Ok(_)) => HttpResponse::NoContent().finish(),
        _ => HttpResponse::InternalServerError().finish(),
    }
}
