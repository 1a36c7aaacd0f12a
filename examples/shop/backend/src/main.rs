mod db;
mod handlers;
mod models;
mod schema;

use actix_web::{middleware::Logger, web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::new().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "shop.db".to_string());
    let pool = db::pool(&database_url);

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/api")
                    .service(handlers::products::list_products)
                    .service(handlers::products::get_product)
                    .service(handlers::products::create_product)
                    .service(handlers::orders::get_order)
                    .service(handlers::orders::place_order)
                    .service(handlers::orders::list_customer_orders),
            )
    })
    .bind(("127.0.0.1", 8081))?
    .run()
    .await
}
