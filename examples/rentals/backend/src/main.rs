mod api;
mod models;
mod schema;

use actix_web::{web, App, HttpServer};
use diesel::r2d2::{self, ConnectionManager};
use diesel::SqliteConnection;

pub type Pool = r2d2::Pool<ConnectionManager<SqliteConnection>>;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let port: u16 = match std::env::var("PORT") {
        Ok(p) => p.parse().expect("PORT must be a number"),
        Err(_) => 8080,
    };

    let manager = ConnectionManager::<SqliteConnection>::new(database_url);
    let pool: Pool = r2d2::Pool::builder()
        .build(manager)
        .expect("Failed to create pool.");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .service(
                web::scope("/api")
                    .service(
                        web::resource("/riders")
                            .route(web::get().to(api::riders::list_riders))
                            .route(web::post().to(api::riders::create_rider)),
                    )
                    .service(
                        web::resource("/riders/{id}")
                            .route(web::get().to(api::riders::get_rider))
                            .route(web::delete().to(api::riders::delete_rider)),
                    )
                    .service(web::resource("/bikes").route(web::get().to(api::bikes::list_bikes))),
            )
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
