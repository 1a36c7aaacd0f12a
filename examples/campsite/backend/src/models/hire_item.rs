use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// Something hired out from reception against a booking (bike, fridge, gas bottle...).
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::hire_items)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct HireItem {
    pub id: i32,
    pub booking_id: i32,
    pub item: String,
    pub quantity: i32,
    pub daily_price_cents: i32,
    pub handed_out_on: NaiveDate,
    /// Empty while the guest still has it.
    pub returned_on: Option<NaiveDate>,
    pub damaged: bool,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::hire_items)]
pub struct NewHireItem {
    pub booking_id: i32,
    pub item: String,
    pub quantity: i32,
    pub daily_price_cents: i32,
    pub handed_out_on: NaiveDate,
}

impl HireItem {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<HireItem>> {
        use crate::schema::hire_items;
        hire_items::table
            .find(id)
            .select(HireItem::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_booking(conn: &mut SqliteConnection, booking_id: i32) -> QueryResult<Vec<HireItem>> {
        use crate::schema::hire_items;
        hire_items::table
            .filter(hire_items::booking_id.eq(booking_id))
            .select(HireItem::as_select())
            .load(conn)
    }
}
