use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::errors::ApiError;
use crate::models::NewBouquet;
use crate::services::Database;

#[derive(Debug, Deserialize)]
pub struct BouquetBody {
    pub name: String,
    pub price_cents: i32,
    #[serde(default = "in_stock_by_default")]
    pub in_stock: bool,
}

fn in_stock_by_default() -> bool {
    true
}

impl BouquetBody {
    fn into_new(self) -> Result<NewBouquet, ApiError> {
        if self.name.trim().is_empty() {
            return Err(ApiError::BadRequest("a bouquet needs a name".into()));
        }
        if self.price_cents < 0 {
            return Err(ApiError::BadRequest("price cannot be negative".into()));
        }
        Ok(NewBouquet {
            name: self.name.trim().to_string(),
            price_cents: self.price_cents,
            in_stock: self.in_stock,
        })
    }
}

async fn list_bouquets(db: web::Data<Database>) -> Result<HttpResponse, ApiError> {
    let bouquets = db.list_bouquets()?;
    Ok(HttpResponse::Ok().json(bouquets))
}

async fn get_bouquet(db: web::Data<Database>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let bouquet = db
        .find_bouquet(id.into_inner())?
        .ok_or(ApiError::NotFound("bouquet"))?;
    Ok(HttpResponse::Ok().json(bouquet))
}

async fn create_bouquet(
    db: web::Data<Database>,
    body: web::Json<BouquetBody>,
) -> Result<HttpResponse, ApiError> {
    let bouquet = db.create_bouquet(body.into_inner().into_new()?)?;
    Ok(HttpResponse::Created().json(bouquet))
}

async fn update_bouquet(
    db: web::Data<Database>,
    id: web::Path<i32>,
    body: web::Json<BouquetBody>,
) -> Result<HttpResponse, ApiError> {
    let bouquet = db
        .update_bouquet(id.into_inner(), body.into_inner().into_new()?)?
        .ok_or(ApiError::NotFound("bouquet"))?;
    Ok(HttpResponse::Ok().json(bouquet))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/bouquets")
            .route(web::get().to(list_bouquets))
            .route(web::post().to(create_bouquet)),
    )
    .service(
        web::resource("/bouquets/{id}")
            .route(web::get().to(get_bouquet))
            .route(web::put().to(update_bouquet)),
    );
}
