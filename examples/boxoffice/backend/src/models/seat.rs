use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::seats;

/// One seat in the hall, e.g. row F seat 12 in the stalls.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = seats)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Seat {
    pub id: i32,
    pub seat_row: String,
    pub seat_number: i32,
    /// "stalls", "circle" or "balcony".
    pub area: String,
    pub wheelchair_space: bool,
    pub restricted_view: bool,
    /// Multiplier on the performance's price (1.0 = normal, 0.8 = cheaper seat).
    pub price_factor: f64,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = seats)]
pub struct NewSeat {
    pub seat_row: String,
    pub seat_number: i32,
    pub area: String,
    pub wheelchair_space: bool,
    pub restricted_view: bool,
    pub price_factor: f64,
}

impl Seat {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Seat>> {
        crate::schema::seats::table
            .find(id)
            .select(Seat::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Seat>> {
        crate::schema::seats::table
            .order((crate::schema::seats::seat_row.asc(), crate::schema::seats::seat_number.asc()))
            .select(Seat::as_select())
            .load(conn)
    }
}
