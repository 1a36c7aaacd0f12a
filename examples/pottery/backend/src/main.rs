mod handlers;
mod models;
mod response;
mod schema;

use actix_web::{middleware::Logger, web, App, HttpServer};
use diesel::r2d2::{ConnectionManager, Pool};
use diesel::SqliteConnection;

pub type DbPool = Pool<ConnectionManager<SqliteConnection>>;

pub struct AppState {
    pub pool: DbPool,
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::default().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "pottery.db".to_string());
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);

    let manager = ConnectionManager::<SqliteConnection>::new(database_url);
    let pool = Pool::builder()
        .build(manager)
        .expect("failed to create the database pool");
    let state = web::Data::new(AppState { pool });

    HttpServer::new(move || {
        App::new()
            .wrap(Logger::default())
            .app_data(state.clone())
            .service(
                web::scope("/api")
                    .route("/members", web::get().to(handlers::list_members))
                    .route("/members", web::post().to(handlers::create_member))
                    .route("/members/{id}", web::get().to(handlers::get_member))
                    .route(
                        "/members/{id}/firings/{firing_id}",
                        web::get().to(handlers::get_member_firing),
                    )
                    .route("/kilns", web::get().to(handlers::list_kilns))
                    .route("/kilns/{code}", web::get().to(handlers::get_kiln))
                    .route("/firings", web::get().to(handlers::list_firings))
                    .route("/firings", web::post().to(handlers::create_firing))
                    .route("/firings/{id}", web::get().to(handlers::get_firing))
                    .route("/firings/{id}", web::delete().to(handlers::delete_firing)),
            )
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
