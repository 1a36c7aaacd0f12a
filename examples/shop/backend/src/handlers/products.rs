use actix_web::{get, post, web, HttpResponse};
use diesel::prelude::*;

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::enums::BookFormat;
use crate::models::product::{NewProduct, Product};
use crate::schema::products;

#[get("/products")]
pub async fn list_products(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {
    let products = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Product::list(&mut conn)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(products))
}

#[get("/products/{id}")]
pub async fn get_product(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let product = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Product::find(&mut conn, id)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(product))
}

#[post("/products")]
pub async fn create_product(pool: web::Data<DbPool>, body: web::Json<NewProduct>) -> Result<HttpResponse, ApiError> {
    let new_product = body.into_inner();
    if BookFormat::parse(&new_product.format).is_none() {
        return Err(ApiError::BadRequest(format!("unknown format `{}`", new_product.format)));
    }
    if new_product.price_cents < 0 || new_product.stock < 0 {
        return Err(ApiError::BadRequest("price and stock cannot be negative".to_owned()));
    }
    let product = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let product = diesel::insert_into(products::table)
            .values(&new_product)
            .returning(Product::as_returning())
            .get_result(&mut conn)?;
        Ok(product)
    })
    .await??;
    Ok(HttpResponse::Created().json(product))
}
