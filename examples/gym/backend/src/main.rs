mod db;
mod handlers;
mod models;
mod schema;

use actix_web::{middleware::Logger, web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::new().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "gym.db".to_string());
    let pool = db::pool(&database_url);

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/api")
                    .service(handlers::members::list_members)
                    .service(handlers::members::get_member)
                    .service(handlers::members::create_member)
                    .service(handlers::members::list_member_payments)
                    .service(handlers::classes::list_upcoming)
                    .service(handlers::classes::get_class)
                    .service(handlers::classes::book_class),
            )
    })
    .bind(("127.0.0.1", 8082))?
    .run()
    .await
}
