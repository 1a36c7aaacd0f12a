use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbPool;
use crate::models::enums::BatchStatus;
use crate::models::recipe::Recipe;
use crate::models::tank::Tank;
use crate::schema::batches;

/// One brew of a recipe, fermenting in a tank. `status` holds a `BatchStatus`; `bottled_at` is
/// set when the batch is packaged (bottles or kegs) and stays empty before that.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = batches)]
#[diesel(belongs_to(Recipe))]
#[diesel(belongs_to(Tank))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Batch {
    pub id: i32,
    pub batch_code: String,
    pub recipe_id: i32,
    pub tank_id: i32,
    pub status: String,
    pub brewed_on: NaiveDate,
    pub volume_litres: f64,
    pub original_gravity: Option<f64>,
    pub bottled_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = batches)]
pub struct NewBatch {
    pub batch_code: String,
    pub recipe_id: i32,
    pub tank_id: i32,
    pub status: String,
    pub brewed_on: NaiveDate,
    pub volume_litres: f64,
    pub original_gravity: Option<f64>,
}

impl Batch {
    pub fn find(pool: &DbPool, id: i32) -> Result<Batch, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        batches::table.find(id).select(Batch::as_select()).first(&mut conn)
    }

    /// Every batch of one recipe, newest brew first.
    pub fn list_for_recipe(pool: &DbPool, recipe_id: i32) -> Result<Vec<Batch>, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        batches::table
            .filter(batches::recipe_id.eq(recipe_id))
            .order(batches::brewed_on.desc())
            .select(Batch::as_select())
            .load(&mut conn)
    }

    pub fn batch_status(&self) -> Option<BatchStatus> {
        BatchStatus::from_db(&self.status)
    }
}
