use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// Money taken at reception or online against a booking.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::payments)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Payment {
    pub id: i32,
    pub booking_id: i32,
    pub amount_cents: i64,
    /// cash, card or bank_transfer
    pub method: String,
    pub taken_on: NaiveDate,
    pub refunded: bool,
    pub note: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::payments)]
pub struct NewPayment {
    pub booking_id: i32,
    pub amount_cents: i64,
    pub method: String,
    pub taken_on: NaiveDate,
    pub note: Option<String>,
}

impl Payment {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Payment>> {
        use crate::schema::payments;
        payments::table
            .find(id)
            .select(Payment::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_booking(conn: &mut SqliteConnection, booking_id: i32) -> QueryResult<Vec<Payment>> {
        use crate::schema::payments;
        payments::table
            .filter(payments::booking_id.eq(booking_id))
            .order(payments::taken_on.asc())
            .select(Payment::as_select())
            .load(conn)
    }
}
