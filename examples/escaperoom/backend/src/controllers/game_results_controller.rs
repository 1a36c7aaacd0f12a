use actix_web::{get, web, HttpResponse, Responder};
use serde_json::json;

use crate::db::DbPool;
use crate::models::GameResult;

#[get("/api/game_results")]
pub async fn list_game_results(pool: web::Data<DbPool>) -> impl Responder {
    let result = web::block(move || {
        let mut conn = pool.get().expect("couldn't get db connection from pool");
        GameResult::all(&mut conn)
    })
    .await;

    match result {
        Ok(Ok(game_results)) => HttpResponse::Ok().json(json!({ "game_results": game_results })),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

