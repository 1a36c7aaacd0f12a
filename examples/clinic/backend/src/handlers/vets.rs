use actix_web::{get, web, HttpResponse};
use diesel::prelude::*;

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::vet::Vet;
use crate::schema::vets;

#[get("/vets")]
pub async fn list_active_vets(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {
    let vets = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let vets = vets::table
            .filter(vets::active.eq(true))
            .order(vets::full_name.asc())
            .select(Vet::as_select())
            .load(&mut conn)?;
        Ok(vets)
    })
    .await??;
    Ok(HttpResponse::Ok().json(vets))
}
