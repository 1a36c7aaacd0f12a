mod db;
mod handlers;
mod models;
mod schema;

use actix_web::{web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "clinic.db".to_string());
    let pool = db::pool(&database_url);
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .service(handlers::owners::list_owners)
            .service(handlers::owners::get_owner)
            .service(handlers::owners::create_owner)
    })
    .bind(("127.0.0.1", 8080))?
    .run()
    .await
}
