mod api;
mod db;
mod routes;

use std::sync::Arc;

use actix_web::{web, App, HttpServer};

use crate::db::DbPool;

pub struct AppState {
    pub db: DbPool,
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "choir.db".to_string());
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(8080);

    let state = Arc::new(AppState {
        db: db::init_pool(&database_url),
    });

    println!("choir API on http://127.0.0.1:{port}/api");
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(state.clone()))
            .configure(routes::routes)
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
