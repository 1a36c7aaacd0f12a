use actix_web::{get, post, put, web, HttpResponse, Responder};
use serde_json::json;

use crate::db::DbPool;
use crate::models::{Room, RoomInput};

#[get("/api/rooms")]
pub async fn list_rooms(pool: web::Data<DbPool>) -> impl Responder {
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        Room::all(&mut conn)
    })
    .await;

    match result {
        Ok(Ok(rooms)) => HttpResponse::Ok().json(json!({ "rooms": rooms })),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

#[get("/api/rooms/{id}")]
pub async fn get_room(pool: web::Data<DbPool>, path: web::Path<i32>) -> impl Responder {
    let room_id = path.into_inner();
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        Room::find(&mut conn, room_id)
    })
    .await;

    match result {
        Ok(Ok(Some(room))) => HttpResponse::Ok().json(json!({ "room": room })),
        Ok(Ok(None)) => HttpResponse::NotFound().finish(),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

#[post("/api/rooms")]
pub async fn create_room(pool: web::Data<DbPool>, body: web::Json<RoomInput>) -> impl Responder {
    let input = body.into_inner();
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        Room::create(&mut conn, &input)
    })
    .await;

    match result {
        Ok(Ok(room)) => HttpResponse::Created().json(json!({ "room": room })),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

#[put("/api/rooms/{id}")]
pub async fn update_room(
    pool: web::Data<DbPool>,
    path: web::Path<i32>,
    body: web::Json<RoomInput>,
) -> impl Responder {
    let room_id = path.into_inner();
    let input = body.into_inner();
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        Room::update(&mut conn, room_id, &input)
    })
    .await;

    match result {
        Ok(Ok(Some(room))) => HttpResponse::Ok().json(json!({ "room": room })),
        Ok(Ok(None)) => HttpResponse::NotFound().finish(),
        _ => HttpResponse::InternalServerError().finish(),
    }
}
