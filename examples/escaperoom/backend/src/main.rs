mod controllers;
mod db;
mod models;
mod schema;

use actix_web::{middleware::Logger, web, App, HttpServer};

use controllers::{bookings_controller, game_results_controller, rooms_controller};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::default().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "escaperoom.db".to_string());
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);

    let pool = db::init_pool(&database_url);
    log::info!("escaperoom listening on 127.0.0.1:{port}");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(rooms_controller::list_rooms)
            .service(rooms_controller::get_room)
            .service(rooms_controller::create_room)
            .service(rooms_controller::update_room)
            .service(bookings_controller::list_bookings)
            .service(bookings_controller::create_booking)
            .service(game_results_controller::list_game_results)
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
