use actix_web::{get, web, HttpResponse};
use serde::Serialize;

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::batch::Batch;
use crate::models::recipe::Recipe;
use crate::models::tank::Tank;

#[derive(Debug, Serialize)]
pub struct RecipeWithBatches {
    #[serde(flatten)]
    pub recipe: Recipe,
    pub batches: Vec<Batch>,
}

#[derive(Debug, Serialize)]
pub struct BatchDetail {
    #[serde(flatten)]
    pub batch: Batch,
    pub recipe: Recipe,
    pub tank: Tank,
}

#[get("/recipes")]
pub async fn list_recipes(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {
    let recipes = web::block(move || Recipe::list_active(&pool)).await??;
    Ok(HttpResponse::Ok().json(recipes))
}

#[get("/recipes/{id}")]
pub async fn get_recipe(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let recipe = web::block(move || -> Result<_, diesel::result::Error> {
        let recipe = Recipe::find(&pool, id)?;
        let batches = Batch::list_for_recipe(&pool, id)?;
        Ok(RecipeWithBatches { recipe, batches })
    })
    .await??;
    Ok(HttpResponse::Ok().json(recipe))
}

#[get("/tanks")]
pub async fn list_tanks(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {
    let tanks = web::block(move || Tank::list(&pool)).await??;
    Ok(HttpResponse::Ok().json(tanks))
}

#[get("/batches/{id}")]
pub async fn get_batch(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let detail = web::block(move || -> Result<_, diesel::result::Error> {
        let batch = Batch::find(&pool, id)?;
        let recipe = Recipe::find(&pool, batch.recipe_id)?;
        let tank = Tank::find(&pool, batch.tank_id)?;
        Ok(BatchDetail { batch, recipe, tank })
    })
    .await??;
    Ok(HttpResponse::Ok().json(detail))
}
