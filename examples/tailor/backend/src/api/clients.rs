use actix_web::{get, post, web, HttpResponse};
use actix_web::web::Json;

use crate::db::models::{Client, NewClient};
use crate::db::Pool;
use crate::error::{ApiResult, AppError};
use crate::persistence::clients;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/clients")
            .service(list_clients)
            .service(get_client)
            .service(create_client),
    );
}

#[get("")]
async fn list_clients(pool: web::Data<Pool>) -> ApiResult<Json<Vec<Client>>> {
    let mut conn = pool.get()?;
    let all = clients::list_clients(&mut conn)?;
    Ok(Json(all))
}

#[get("/{id}")]
async fn get_client(pool: web::Data<Pool>, id: web::Path<i32>) -> ApiResult<Json<Client>> {
    let mut conn = pool.get()?;
    let client = clients::find_client(&mut conn, id.into_inner())?
        .ok_or_else(|| AppError::NotFound("client".to_string()))?;
    Ok(Json(client))
}

#[post("")]
async fn create_client(pool: web::Data<Pool>, body: Json<NewClient>) -> ApiResult<HttpResponse> {
    let new_client = body.into_inner();
    if new_client.name.trim().is_empty() {
        return Err(AppError::BadRequest("a client needs a name".to_string()));
    }
    let mut conn = pool.get()?;
    let client = clients::insert_client(&mut conn, &new_client)?;
    Ok(HttpResponse::Created().json(client))
}
