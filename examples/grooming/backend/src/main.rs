mod controllers;
mod db;
mod error;
mod models;
mod schema;

use actix_web::{web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url =
        std::env::var("DATABASE_URL").unwrap_or_else(|_| "grooming.db".to_string());
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);

    let pool = db::init_pool(&database_url);

    println!("grooming backend listening on 127.0.0.1:{port}");
    HttpServer::new(move || {
        App::new().app_data(web::Data::new(pool.clone())).service(
            web::scope("/api")
                .configure(controllers::clients::configure)
                .configure(controllers::dogs::configure)
                .configure(controllers::appointments::configure),
        )
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
