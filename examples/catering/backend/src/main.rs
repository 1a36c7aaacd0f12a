use actix_web::{web, App, HttpServer};

mod db;
mod handlers;
mod models;
mod schema;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "catering.db".to_owned());
    let port = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse::<u16>().ok())
        .unwrap_or(8080);

    let pool = db::establish_pool(&database_url);

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .service(
                web::scope("/api")
                    .service(handlers::list_customers)
                    .service(handlers::get_customer)
                    .service(handlers::create_customer)
                    .service(handlers::list_events)
                    .service(handlers::delete_event),
            )
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
