use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::performances;

/// One night (or afternoon matinee) of a show, with its prices and how many seats are left.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = performances)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Performance {
    pub id: i32,
    pub show_id: i32,
    pub starts_at: NaiveDateTime,
    pub is_matinee: bool,
    /// "on_sale", "sold_out", "cancelled" or "finished".
    pub status: String,
    pub seats_available: i32,
    pub full_price_cents: i32,
    pub concession_price_cents: i32,
    pub cancelled_at: Option<NaiveDateTime>,
    pub cancel_reason: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = performances)]
pub struct NewPerformance {
    pub show_id: i32,
    pub starts_at: NaiveDateTime,
    pub is_matinee: bool,
    pub status: String,
    pub seats_available: i32,
    pub full_price_cents: i32,
    pub concession_price_cents: i32,
}

impl Performance {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Performance>> {
        crate::schema::performances::table
            .find(id)
            .select(Performance::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_show(conn: &mut SqliteConnection, show_id: i32) -> QueryResult<Vec<Performance>> {
        crate::schema::performances::table
            .filter(crate::schema::performances::show_id.eq(show_id))
            .order(crate::schema::performances::starts_at.asc())
            .select(Performance::as_select())
            .load(conn)
    }
}
