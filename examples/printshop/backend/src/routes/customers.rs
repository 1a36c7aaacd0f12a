use actix_web::{get, post, web, HttpResponse, Scope};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::models::NewCustomer;
use crate::repositories::CustomerRepo;

pub fn scope() -> Scope {
    web::scope("/customers")
        .service(list_customers)
        .service(get_customer)
        .service(create_customer)
}

#[derive(Debug, Deserialize)]
pub struct CreateCustomerRequest {
    pub name: String,
    pub email: String,
    pub phone: String,
}

#[get("")]
async fn list_customers(repo: web::Data<CustomerRepo>) -> AppResult<HttpResponse> {
    let customers = web::block(move || repo.all()).await??;
    Ok(HttpResponse::Ok().json(customers))
}

#[get("/{id}")]
async fn get_customer(
    repo: web::Data<CustomerRepo>,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let customer = web::block(move || repo.find(id))
        .await??
        .ok_or_else(|| AppError::NotFound(format!("customer {id}")))?;
    Ok(HttpResponse::Ok().json(customer))
}

#[post("")]
async fn create_customer(
    repo: web::Data<CustomerRepo>,
    body: web::Json<CreateCustomerRequest>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let new_customer = NewCustomer {
        name: body.name,
        email: body.email,
        phone: body.phone,
    };
    let customer = web::block(move || repo.insert(new_customer)).await??;
    Ok(HttpResponse::Created().json(customer))
}
