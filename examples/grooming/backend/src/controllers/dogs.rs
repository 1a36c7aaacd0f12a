use actix_web::{get, web, HttpResponse};

use crate::db::DbPool;
use crate::error::ServiceError;
use crate::models::Dog;

#[get("/dogs")]
async fn list_dogs(pool: web::Data<DbPool>) -> Result<HttpResponse, ServiceError> {
    let dogs = web::block(move || {
        let mut conn = pool.get()?;
        Dog::all(&mut conn).map_err(ServiceError::from)
    })
    .await??;

    Ok(HttpResponse::Ok().json(dogs))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_dogs);
}
