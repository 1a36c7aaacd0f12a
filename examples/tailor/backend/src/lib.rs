pub mod api;
pub mod db;
pub mod error;
pub mod persistence;

use actix_web::web;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api")
            .configure(api::clients::configure)
            .configure(api::garments::configure)
            .configure(api::jobs::configure),
    );
}
