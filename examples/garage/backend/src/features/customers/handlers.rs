use actix_web::error::{ErrorInternalServerError, ErrorNotFound};
use actix_web::{get, post, web, HttpResponse};

use super::db;
use crate::database::Pool;
use crate::models::NewCustomer;
use crate::response::Envelope;

#[get("/customers")]
async fn list_customers(pool: web::Data<Pool>) -> Result<HttpResponse, actix_web::Error> {
    let customers = web::block(move || {
        let mut conn = pool.get()?;
        db::all_customers(&mut conn).map_err(Into::into)
    })
    .await?
    .map_err(|e: Box<dyn std::error::Error + Send + Sync>| ErrorInternalServerError(e))?;

    Ok(HttpResponse::Ok().json(Envelope::ok(customers)))
}

#[get("/customers/{id}")]
async fn get_customer(pool: web::Data<Pool>, path: web::Path<i32>) -> Result<HttpResponse, actix_web::Error> {
    let customer_id = path.into_inner();
    let customer = web::block(move || {
        let mut conn = pool.get()?;
        db::find_customer(&mut conn, customer_id).map_err(Into::into)
    })
    .await?
    .map_err(|e: Box<dyn std::error::Error + Send + Sync>| ErrorInternalServerError(e))?
    .ok_or_else(|| ErrorNotFound(format!("no customer with id {customer_id}")))?;

    Ok(HttpResponse::Ok().json(Envelope::ok(customer)))
}

#[post("/customers")]
async fn create_customer(pool: web::Data<Pool>, body: web::Json<NewCustomer>) -> Result<HttpResponse, actix_web::Error> {
    let new_customer = body.into_inner();
    let customer = web::block(move || {
        let mut conn = pool.get()?;
        db::insert_customer(&mut conn, &new_customer).map_err(Into::into)
    })
    .await?
    .map_err(|e: Box<dyn std::error::Error + Send + Sync>| ErrorInternalServerError(e))?;

    Ok(HttpResponse::Created().json(Envelope::ok(customer)))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_customers)
        .service(get_customer)
        .service(create_customer);
}
