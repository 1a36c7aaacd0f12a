use actix_web::{get, post, web, HttpResponse};

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::batch::Batch;
use crate::models::customer::Customer;
use crate::models::delivery::{Delivery, NewDelivery};
use crate::models::enums::BatchStatus;
use crate::models::keg::Keg;

#[get("/customers")]
pub async fn list_customers(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {
    let customers = web::block(move || Customer::list(&pool)).await??;
    Ok(HttpResponse::Ok().json(customers))
}

#[get("/deliveries/{id}")]
pub async fn get_delivery(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let delivery = web::block(move || Delivery::find(&pool, id)).await??;
    Ok(HttpResponse::Ok().json(delivery))
}

/// Schedules a keg of a packaged batch for a customer we still supply.
#[post("/deliveries")]
pub async fn create_delivery(pool: web::Data<DbPool>, body: web::Json<NewDelivery>) -> Result<HttpResponse, ApiError> {
    let new_delivery = body.into_inner();
    if new_delivery.price_cents < 0 {
        return Err(ApiError::BadRequest("the price cannot be negative".to_owned()));
    }
    let delivery = web::block(move || -> Result<_, ApiError> {
        let customer = Customer::find(&pool, new_delivery.customer_id)?;
        if !customer.active {
            return Err(ApiError::BadRequest(format!("we no longer supply {}", customer.name)));
        }
        let batch = Batch::find(&pool, new_delivery.batch_id)?;
        if batch.batch_status() != Some(BatchStatus::Packaged) {
            return Err(ApiError::BadRequest(format!("batch {} is not packaged yet", batch.batch_code)));
        }
        let keg = Keg::find(&pool, new_delivery.keg_id)?;
        if !keg.returned {
            return Err(ApiError::BadRequest(format!("keg {} is still out", keg.serial)));
        }
        Ok(Delivery::create(&pool, &new_delivery)?)
    })
    .await??;
    Ok(HttpResponse::Created().json(delivery))
}
