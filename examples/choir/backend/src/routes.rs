use actix_web::web;

use crate::api::{members, rehearsals};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api")
            .route("/members", web::get().to(members::list::handler))
            .route("/members", web::post().to(members::create::handler))
            .route("/members/{id}", web::get().to(members::get::handler))
            .route("/rehearsals", web::get().to(rehearsals::list::handler)),
    );
}
