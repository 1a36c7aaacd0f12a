mod db;
mod handlers;
mod models;
mod schema;

use actix_web::{middleware::Logger, web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::new().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "clinic.db".to_string());
    let pool = db::pool(&database_url);

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/api")
                    .service(handlers::owners::list_owners)
                    .service(handlers::owners::get_owner)
                    .service(handlers::owners::create_owner)
                    .service(handlers::owners::list_owner_pets)
                    .service(handlers::pets::get_pet)
                    .service(handlers::pets::create_pet)
                    .service(handlers::pets::list_pet_appointments)
                    .service(handlers::vets::list_active_vets)
                    .service(handlers::appointments::get_appointment)
                    .service(handlers::appointments::book_appointment)
                    .service(handlers::appointments::update_appointment)
                    .service(handlers::invoices::get_invoice)
                    .service(handlers::invoices::list_appointment_invoices),
            )
    })
    .bind(("127.0.0.1", 8080))?
    .run()
    .await
}
