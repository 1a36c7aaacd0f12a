use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::instructors;

/// One of our driving instructors (current or former).
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = instructors)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Instructor {
    pub id: i32,
    pub full_name: String,
    pub phone: String,
    pub email: String,
    pub adi_number: String,
    pub hourly_rate_cents: i32,
    pub average_rating: f64,
    pub teaches_automatic: bool,
    pub active: bool,
    pub hired_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = instructors)]
pub struct NewInstructor {
    pub full_name: String,
    pub phone: String,
    pub email: String,
    pub adi_number: String,
    pub hourly_rate_cents: i32,
    pub average_rating: f64,
    pub teaches_automatic: bool,
    pub active: bool,
    pub hired_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
}

impl Instructor {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Instructor>> {
        instructors::table
            .find(id)
            .select(Instructor::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_active(conn: &mut SqliteConnection) -> QueryResult<Vec<Instructor>> {
        instructors::table
            .filter(instructors::active.eq(true))
            .order(instructors::full_name.asc())
            .select(Instructor::as_select())
            .load(conn)
    }
}
