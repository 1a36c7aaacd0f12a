use actix_web::{web, HttpResponse, Responder};
use serde_json::json;

use crate::actions;
use crate::db::DbConn;
use crate::models::NewMember;

pub async fn list(mut conn: DbConn) -> impl Responder {
    match actions::list_members(&mut conn) {
        Ok(members) => HttpResponse::Ok().json(json!({ "members": members })),
        Err(e) => HttpResponse::InternalServerError().json(json!({ "error": e.to_string() })),
    }
}

pub async fn get(mut conn: DbConn, path: web::Path<i32>) -> impl Responder {
    let member_id = path.into_inner();
    match actions::find_member(&mut conn, member_id) {
        Ok(Some(member)) => HttpResponse::Ok().json(json!({ "member": member })),
        Ok(None) => HttpResponse::NotFound().json(json!({ "error": "member not found" })),
        Err(e) => HttpResponse::InternalServerError().json(json!({ "error": e.to_string() })),
    }
}

pub async fn create(mut conn: DbConn, body: web::Json<NewMember>) -> impl Responder {
    match actions::insert_member(&mut conn, &body) {
        Ok(member) => HttpResponse::Created().json(json!({ "member": member })),
        Err(e) => HttpResponse::InternalServerError().json(json!({ "error": e.to_string() })),
    }
}
