mod models;
mod repository;
mod routes;
mod schema;
mod state;

use actix_web::{web, App, HttpServer};

use crate::state::AppState;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "library.db".into());
    let port = std::env::var("PORT")
        .ok()
        .and_then(|value| value.parse::<u16>().ok())
        .unwrap_or(8080);

    let state = web::Data::new(AppState::new(&database_url));

    HttpServer::new(move || {
        App::new().app_data(state.clone()).service(
            web::scope("/api")
                .configure(routes::books::configure)
                .configure(routes::members::configure)
                .configure(routes::loans::configure),
        )
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
