use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbPool;
use crate::schema::recipes;

/// A beer we brew. `abv` is in percent; `ibu` stays empty until the lab has measured a batch.
/// A recipe we stop brewing is `retired`, never deleted, since old batches point at it.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = recipes)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Recipe {
    pub id: i32,
    pub name: String,
    pub style: String,
    pub abv: f64,
    pub ibu: Option<i32>,
    pub boil_minutes: i32,
    pub retired: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = recipes)]
pub struct NewRecipe {
    pub name: String,
    pub style: String,
    pub abv: f64,
    pub ibu: Option<i32>,
    pub boil_minutes: i32,
}

impl Recipe {
    pub fn find(pool: &DbPool, id: i32) -> Result<Recipe, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        recipes::table.find(id).select(Recipe::as_select()).first(&mut conn)
    }

    /// The recipes on the current brewing list, by name.
    pub fn list_active(pool: &DbPool) -> Result<Vec<Recipe>, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        recipes::table
            .filter(recipes::retired.eq(false))
            .order(recipes::name.asc())
            .select(Recipe::as_select())
            .load(&mut conn)
    }
}
