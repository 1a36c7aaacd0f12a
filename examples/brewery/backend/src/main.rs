mod db;
mod handlers;
mod models;
mod schema;

use actix_web::{middleware::Logger, web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::new().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "brewery.db".to_string());
    let pool = db::pool(&database_url);

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/api")
                    .service(handlers::batches::list_recipes)
                    .service(handlers::batches::get_recipe)
                    .service(handlers::batches::list_tanks)
                    .service(handlers::batches::get_batch)
                    .service(handlers::deliveries::list_customers)
                    .service(handlers::deliveries::get_delivery)
                    .service(handlers::deliveries::create_delivery),
            )
    })
    .bind(("127.0.0.1", 8083))?
    .run()
    .await
}
