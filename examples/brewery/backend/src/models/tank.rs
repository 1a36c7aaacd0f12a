use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbPool;
use crate::schema::tanks;

/// A fermenter or bright tank. `location` is free text ("back wall", "unit 2") and often left
/// empty; a tank out for repair has `in_service = false`.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = tanks)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Tank {
    pub id: i32,
    pub name: String,
    pub capacity_litres: i32,
    pub location: Option<String>,
    pub in_service: bool,
    pub last_cleaned_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = tanks)]
pub struct NewTank {
    pub name: String,
    pub capacity_litres: i32,
    pub location: Option<String>,
}

impl Tank {
    pub fn find(pool: &DbPool, id: i32) -> Result<Tank, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        tanks::table.find(id).select(Tank::as_select()).first(&mut conn)
    }

    pub fn list(pool: &DbPool) -> Result<Vec<Tank>, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        tanks::table
            .order(tanks::name.asc())
            .select(Tank::as_select())
            .load(&mut conn)
    }
}
