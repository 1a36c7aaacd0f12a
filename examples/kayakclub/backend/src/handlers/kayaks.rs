use actix_web::{web, HttpResponse, Responder};
use serde_json::json;

use crate::actions;
use crate::db::DbConn;
use crate::models::NewKayak;

pub async fn list(mut conn: DbConn) -> impl Responder {
    match actions::list_kayaks(&mut conn) {
        Ok(kayaks) => HttpResponse::Ok().json(json!({ "kayaks": kayaks })),
        Err(e) => HttpResponse::InternalServerError().json(json!({ "error": e.to_string() })),
    }
}

pub async fn get(mut conn: DbConn, path: web::Path<i32>) -> impl Responder {
    let kayak_id = path.into_inner();
    match actions::find_kayak(&mut conn, kayak_id) {
        Ok(Some(kayak)) => HttpResponse::Ok().json(json!({ "kayak": kayak })),
        Ok(None) => HttpResponse::NotFound().json(json!({ "error": "kayak not found" })),
        Err(e) => HttpResponse::InternalServerError().json(json!({ "error": e.to_string() })),
    }
}

pub async fn create(mut conn: DbConn, body: web::Json<NewKayak>) -> impl Responder {
    match actions::insert_kayak(&mut conn, &body) {
        Ok(kayak) => HttpResponse::Created().json(json!({ "kayak": kayak })),
        Err(e) => HttpResponse::InternalServerError().json(json!({ "error": e.to_string() })),
    }
}

pub async fn delete(mut conn: DbConn, path: web::Path<i32>) -> impl Responder {
    let kayak_id = path.into_inner();
    match actions::delete_kayak(&mut conn, kayak_id) {
        Ok(0) => HttpResponse::NotFound().json(json!({ "error": "kayak not found" })),
        Ok(_) => HttpResponse::NoContent().finish(),
        Err(e) => HttpResponse::InternalServerError().json(json!({ "error": e.to_string() })),
    }
}
