mod errors;
mod handlers;
mod models;
mod schema;
mod services;

use actix_web::{middleware::Logger, web, App, HttpServer};

use crate::services::Database;

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    dotenvy::dotenv().ok();
    env_logger::init_from_env(env_logger::Env::default().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "florist.db".to_string());
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);

    let db = web::Data::new(Database::connect(&database_url)?);

    log::info!("florist listening on 127.0.0.1:{port}");
    HttpServer::new(move || {
        App::new()
            .wrap(Logger::default())
            .app_data(db.clone())
            .service(
                web::scope("/api")
                    .configure(handlers::bouquets::configure)
                    .configure(handlers::customers::configure)
                    .configure(handlers::orders::configure),
            )
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await?;
    Ok(())
}
