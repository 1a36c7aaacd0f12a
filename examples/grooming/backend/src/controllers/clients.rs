use actix_web::{delete, get, post, web, HttpResponse};

use crate::db::DbPool;
use crate::error::ServiceError;
use crate::models::{Client, NewClient};

#[get("/clients")]
async fn list_clients(pool: web::Data<DbPool>) -> Result<HttpResponse, ServiceError> {
    let clients = web::block(move || {
        let mut conn = pool.get()?;
        Client::all(&mut conn).map_err(ServiceError::from)
    })
    .await??;

    Ok(HttpResponse::Ok().json(clients))
}

#[get("/clients/{id}")]
async fn get_client(
    pool: web::Data<DbPool>,
    path: web::Path<i32>,
) -> Result<HttpResponse, ServiceError> {
    let client_id = path.into_inner();
    let client = web::block(move || {
        let mut conn = pool.get()?;
        Client::find(&mut conn, client_id).map_err(ServiceError::from)
    })
    .await??;

    Ok(HttpResponse::Ok().json(client))
}

#[post("/clients")]
async fn create_client(
    pool: web::Data<DbPool>,
    body: web::Json<NewClient>,
) -> Result<HttpResponse, ServiceError> {
    let new_client = body.into_inner();
    let client = web::block(move || {
        let mut conn = pool.get()?;
        Client::create(&mut conn, &new_client).map_err(ServiceError::from)
    })
    .await??;

    Ok(HttpResponse::Created().json(client))
}

#[delete("/clients/{id}")]
async fn delete_client(
    pool: web::Data<DbPool>,
    path: web::Path<i32>,
) -> Result<HttpResponse, ServiceError> {
    let client_id = path.into_inner();
    let deleted = web::block(move || {
        let mut conn = pool.get()?;
        Client::delete(&mut conn, client_id).map_err(ServiceError::from)
    })
    .await??;

    if deleted == 0 {
        return Err(ServiceError::NotFound);
    }
    Ok(HttpResponse::NoContent().finish())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_clients)
        .service(get_client)
        .service(create_client)
        .service(delete_client);
}
