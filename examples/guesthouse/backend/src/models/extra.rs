use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// Something added to a guest's bill during the stay: a packed lunch, a bottle of wine, late checkout.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::extras)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Extra {
    pub id: i32,
    pub booking_id: i32,
    pub description: String,
    pub quantity: i32,
    pub unit_price_cents: i32,
    pub added_on: NaiveDate,
    /// True when we gave it free and it is not charged.
    pub on_the_house: bool,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::extras)]
pub struct NewExtra {
    pub booking_id: i32,
    pub description: String,
    pub quantity: i32,
    pub unit_price_cents: i32,
    pub added_on: NaiveDate,
    pub on_the_house: bool,
}

impl Extra {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Extra>> {
        crate::schema::extras::table
            .find(id)
            .select(Extra::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_booking(conn: &mut SqliteConnection, booking_id: i32) -> QueryResult<Vec<Extra>> {
        crate::schema::extras::table
            .filter(crate::schema::extras::booking_id.eq(booking_id))
            .order(crate::schema::extras::added_on.asc())
            .select(Extra::as_select())
            .load(conn)
    }
}
