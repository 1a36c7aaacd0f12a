use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// Someone who works (or used to work) at the bench in the workshop.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::mechanics)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Mechanic {
    pub id: i32,
    pub name: String,
    pub hourly_rate_cents: i32,
    pub still_employed: bool,
    pub started_on: NaiveDate,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::mechanics)]
pub struct NewMechanic {
    pub name: String,
    pub hourly_rate_cents: i32,
    pub still_employed: bool,
    pub started_on: NaiveDate,
}

impl Mechanic {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Mechanic>> {
        crate::schema::mechanics::table
            .find(id)
            .select(Mechanic::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Mechanic>> {
        crate::schema::mechanics::table
            .order(crate::schema::mechanics::name.asc())
            .select(Mechanic::as_select())
            .load(conn)
    }
}
