mod db;
mod handlers;
mod models;
mod schema;

use actix_web::{middleware::Logger, web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::new().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "app.db".to_string());
    let pool = db::pool(&database_url);
    db::run_migrations(&pool);
    if std::env::args().any(|arg| arg == "--migrate-only") {
        eprintln!("migrations applied to {database_url}");
        return Ok(());
    }

    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080);
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
