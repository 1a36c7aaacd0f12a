use actix_web::{get, post, web, HttpResponse};
use actix_web::web::Json;

use crate::db::models::{Garment, NewGarment};
use crate::db::Pool;
use crate::error::{ApiResult, AppError};
use crate::persistence::{clients, garments};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/garments")
            .service(list_garments)
            .service(create_garment),
    );
}

#[get("")]
async fn list_garments(pool: web::Data<Pool>) -> ApiResult<Json<Vec<Garment>>> {
    let mut conn = pool.get()?;
    Ok(Json(garments::list_garments(&mut conn)?))
}

#[post("")]
async fn create_garment(pool: web::Data<Pool>, body: Json<NewGarment>) -> ApiResult<HttpResponse> {
    let new_garment = body.into_inner();
    let mut conn = pool.get()?;
    if clients::find_client(&mut conn, new_garment.client_id)?.is_none() {
        return Err(AppError::NotFound("client".to_string()));
    }
    let garment = garments::insert_garment(&mut conn, &new_garment)?;
    Ok(HttpResponse::Created().json(garment))
}
