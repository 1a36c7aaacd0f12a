use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A second-hand bike we bought in to do up and sell on.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::used_bikes)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct UsedBike {
    pub id: i32,
    pub make: String,
    pub model: String,
    pub bike_type: String,
    /// as_new, good, fair or needs_work
    pub condition: String,
    pub frame_size_cm: f64,
    pub asking_price_cents: i64,
    pub paid_for_it_cents: i64,
    pub bought_in_on: NaiveDate,
    pub on_display: bool,
    pub reserved: bool,
    pub sold_on: Option<NaiveDate>,
    pub sold_price_cents: Option<i64>,
    pub customer_id: Option<i32>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::used_bikes)]
pub struct NewUsedBike {
    pub make: String,
    pub model: String,
    pub bike_type: String,
    pub condition: String,
    pub frame_size_cm: f64,
    pub asking_price_cents: i64,
    pub paid_for_it_cents: i64,
    pub bought_in_on: NaiveDate,
    pub on_display: bool,
}

impl UsedBike {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<UsedBike>> {
        crate::schema::used_bikes::table
            .find(id)
            .select(UsedBike::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<UsedBike>> {
        crate::schema::used_bikes::table
            .order(crate::schema::used_bikes::bought_in_on.desc())
            .select(UsedBike::as_select())
            .load(conn)
    }
}
