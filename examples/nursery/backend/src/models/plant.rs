use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::result::Error;
use serde::{Deserialize, Serialize};

use crate::db::{self, DbPool};
use crate::models::supplier::Supplier;
use crate::schema::plants;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = plants)]
#[diesel(belongs_to(Supplier))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Plant {
    pub id: i32,
    pub supplier_id: i32,
    pub common_name: String,
    pub latin_name: Option<String>,
    pub price_cents: i32,
    pub stock: i32,
    pub hardy: bool,
    pub potted_on: Option<NaiveDate>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = plants)]
pub struct NewPlant {
    pub supplier_id: i32,
    pub common_name: String,
    pub latin_name: Option<String>,
    pub price_cents: i32,
    pub stock: i32,
    pub hardy: bool,
    pub potted_on: Option<NaiveDate>,
}

/// What an edit may change; a field left out stays as it is.
#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = plants)]
pub struct PlantChanges {
    pub common_name: Option<String>,
    pub latin_name: Option<String>,
    pub price_cents: Option<i32>,
    pub stock: Option<i32>,
    pub hardy: Option<bool>,
    pub potted_on: Option<NaiveDate>,
}

impl Plant {
    pub fn find(pool: &DbPool, plant_id: i32) -> Result<Option<Plant>, Error> {
        let mut conn = db::conn(pool)?;
        plants::table
            .find(plant_id)
            .select(Plant::as_select())
            .first(&mut conn)
            .optional()
    }

    pub fn all(pool: &DbPool) -> Result<Vec<Plant>, Error> {
        let mut conn = db::conn(pool)?;
        plants::table
            .order(plants::common_name.asc())
            .select(Plant::as_select())
            .load(&mut conn)
    }

    pub fn create(pool: &DbPool, new_plant: &NewPlant) -> Result<Plant, Error> {
        let mut conn = db::conn(pool)?;
        diesel::insert_into(plants::table)
            .values(new_plant)
            .returning(Plant::as_returning())
            .get_result(&mut conn)
    }

    pub fn update(pool: &DbPool, plant_id: i32, changes: &PlantChanges) -> Result<Option<Plant>, Error> {
        let mut conn = db::conn(pool)?;
        diesel::update(plants::table.find(plant_id))
            .set(changes)
            .returning(Plant::as_returning())
            .get_result(&mut conn)
            .optional()
    }

    pub fn delete(pool: &DbPool, plant_id: i32) -> Result<usize, Error> {
        let mut conn = db::conn(pool)?;
        diesel::delete(plants::table.find(plant_id)).execute(&mut conn)
    }

    /// Plants whose common or Latin name contains the words, e.g. "fern".
    pub fn search_by_name(pool: &DbPool, term: &str) -> Result<Vec<Plant>, Error> {
        let mut conn = db::conn(pool)?;
        let pattern = format!("%{term}%");
        plants::table
            .filter(plants::common_name.like(pattern.clone()).or(plants::latin_name.like(pattern)))
            .order(plants::common_name.asc())
            .select(Plant::as_select())
            .load(&mut conn)
    }

    /// The plants one supplier grows for us.
    pub fn for_supplier(pool: &DbPool, supplier_id: i32) -> Result<Vec<Plant>, Error> {
        let mut conn = db::conn(pool)?;
        plants::table
            .filter(plants::supplier_id.eq(supplier_id))
            .order(plants::common_name.asc())
            .select(Plant::as_select())
            .load(&mut conn)
    }

    /// Plants with fewer than `below` left in stock, the scarcest first.
    pub fn running_low(pool: &DbPool, below: i32) -> Result<Vec<Plant>, Error> {
        let mut conn = db::conn(pool)?;
        plants::table
            .filter(plants::stock.lt(below))
            .order(plants::stock.asc())
            .select(Plant::as_select())
            .load(&mut conn)
    }
}
