use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbPool;
use crate::schema::kegs;

/// A returnable steel keg. `filled_at` is empty while the keg is empty; `returned` is false
/// while the keg is out at a customer.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = kegs)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Keg {
    pub id: i32,
    pub serial: String,
    pub size_litres: i32,
    pub filled_at: Option<NaiveDateTime>,
    pub returned: bool,
    pub last_cleaned_on: Option<NaiveDate>,
}

impl Keg {
    pub fn find(pool: &DbPool, id: i32) -> Result<Keg, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        kegs::table.find(id).select(Keg::as_select()).first(&mut conn)
    }

    pub fn list(pool: &DbPool) -> Result<Vec<Keg>, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        kegs::table
            .order(kegs::serial.asc())
            .select(Keg::as_select())
            .load(&mut conn)
    }
}
