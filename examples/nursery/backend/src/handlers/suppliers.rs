use actix_web::{get, web, HttpResponse};

use crate::db::DbPool;
use crate::handlers::HandlerError;
use crate::models::supplier::Supplier;

/// GET /suppliers: every supplier, alphabetically.
#[get("/suppliers")]
pub(crate) async fn list_suppliers(pool: web::Data<DbPool>) -> Result<HttpResponse, HandlerError> {
    let suppliers = web::block(move || Supplier::all(&pool)).await??;
    Ok(HttpResponse::Ok().json(suppliers))
}

/// GET /suppliers/{id}: one supplier, 404 when there is none.
#[get("/suppliers/{id}")]
pub(crate) async fn get_supplier(pool: web::Data<DbPool>, path: web::Path<i32>) -> Result<HttpResponse, HandlerError> {
    let supplier_id = path.into_inner();
    let supplier = web::block(move || Supplier::find(&pool, supplier_id))
        .await??
        .ok_or(HandlerError::Missing("supplier"))?;
    Ok(HttpResponse::Ok().json(supplier))
}
