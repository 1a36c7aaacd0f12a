pub mod actions;
pub mod db;
pub mod handlers;
pub mod models;
pub mod schema;

use actix_web::web;

/// Every route of the club's API, all under `/api`.
pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api")
            .service(
                web::resource("/members")
                    .route(web::get().to(handlers::members::list))
                    .route(web::post().to(handlers::members::create)),
            )
            .service(web::resource("/members/{id}").route(web::get().to(handlers::members::get)))
            .service(
                web::resource("/kayaks")
                    .route(web::get().to(handlers::kayaks::list))
                    .route(web::post().to(handlers::kayaks::create)),
            )
            .service(
                web::resource("/kayaks/{id}")
                    .route(web::get().to(handlers::kayaks::get))
                    .route(web::delete().to(handlers::kayaks::delete)),
            ),
    );
}
