use actix_web::{web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::errors::ApiError;
use crate::models::NewOrder;
use crate::services::Database;

#[derive(Debug, Deserialize)]
pub struct OrderBody {
    pub customer_id: i32,
    pub bouquet_id: i32,
    pub delivery_date: NaiveDate,
    pub delivery_address: String,
    #[serde(default)]
    pub card_message: String,
    #[serde(default = "new_status")]
    pub status: String,
    #[serde(default)]
    pub paid: bool,
}

fn new_status() -> String {
    "new".to_string()
}

const STATUSES: [&str; 3] = ["new", "out for delivery", "delivered"];

impl TryFrom<OrderBody> for NewOrder {
    type Error = ApiError;

    fn try_from(body: OrderBody) -> Result<Self, Self::Error> {
        if !STATUSES.contains(&body.status.as_str()) {
            return Err(ApiError::BadRequest(format!("unknown status '{}'", body.status)));
        }
        if body.delivery_address.trim().is_empty() {
            return Err(ApiError::BadRequest("a delivery address is required".into()));
        }
        Ok(NewOrder {
            customer_id: body.customer_id,
            bouquet_id: body.bouquet_id,
            delivery_date: body.delivery_date,
            delivery_address: body.delivery_address,
            card_message: body.card_message,
            status: body.status,
            paid: body.paid,
        })
    }
}

async fn list_orders(db: web::Data<Database>) -> Result<HttpResponse, ApiError> {
    let orders = db.list_orders()?;
    Ok(HttpResponse::Ok().json(orders))
}

async fn get_order(db: web::Data<Database>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let order = db
        .find_order(id.into_inner())?
        .ok_or(ApiError::NotFound("order"))?;
    Ok(HttpResponse::Ok().json(order))
}

async fn update_order(
    db: web::Data<Database>,
    id: web::Path<i32>,
    body: web::Json<OrderBody>,
) -> Result<HttpResponse, ApiError> {
    let changes = NewOrder::try_from(body.into_inner())?;
    let order = db
        .update_order(id.into_inner(), changes)?
        .ok_or(ApiError::NotFound("order"))?;
    Ok(HttpResponse::Ok().json(order))
}

async fn delete_order(db: web::Data<Database>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let order = db
        .delete_order(id.into_inner())?
        .ok_or(ApiError::NotFound("order"))?;
    Ok(HttpResponse::Ok().json(order))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/orders").route(web::get().to(list_orders)))
        .service(
            web::resource("/orders/{id}")
                .route(web::get().to(get_order))
                .route(web::put().to(update_order))
                .route(web::delete().to(delete_order)),
        );
}
