use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// Money we took against a booking. `method` is one of: cash, card, bank_transfer, cheque.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::payments)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Payment {
    pub id: i32,
    pub booking_id: i32,
    pub amount_cents: i64,
    pub method: String,
    pub is_deposit: bool,
    pub refunded: bool,
    pub paid_at: NaiveDateTime,
    pub reference: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::payments)]
pub struct NewPayment {
    pub booking_id: i32,
    pub amount_cents: i64,
    pub method: String,
    pub is_deposit: bool,
    pub refunded: bool,
    pub paid_at: NaiveDateTime,
    pub reference: Option<String>,
}

impl Payment {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Payment>> {
        crate::schema::payments::table
            .find(id)
            .select(Payment::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_booking(conn: &mut SqliteConnection, booking_id: i32) -> QueryResult<Vec<Payment>> {
        crate::schema::payments::table
            .filter(crate::schema::payments::booking_id.eq(booking_id))
            .order(crate::schema::payments::paid_at.asc())
            .select(Payment::as_select())
            .load(conn)
    }
}
