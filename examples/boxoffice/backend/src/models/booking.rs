use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::bookings;

/// One purchase by a patron: a basket of one or more tickets, paid or not yet.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = bookings)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Booking {
    pub id: i32,
    pub patron_id: i32,
    /// The short code printed on the confirmation, e.g. "BX-4821".
    pub reference: String,
    /// "counter", "phone" or "online".
    pub channel: String,
    /// "reserved", "paid", "cancelled" or "refunded".
    pub status: String,
    pub total_cents: i64,
    pub booking_fee_cents: i32,
    pub gift_aid: bool,
    pub booked_at: NaiveDateTime,
    pub paid_at: Option<NaiveDateTime>,
    pub cancelled_at: Option<NaiveDateTime>,
    pub notes: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = bookings)]
pub struct NewBooking {
    pub patron_id: i32,
    pub reference: String,
    pub channel: String,
    pub status: String,
    pub total_cents: i64,
    pub booking_fee_cents: i32,
    pub gift_aid: bool,
    pub notes: Option<String>,
}

impl Booking {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Booking>> {
        crate::schema::bookings::table
            .find(id)
            .select(Booking::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_patron(conn: &mut SqliteConnection, patron_id: i32) -> QueryResult<Vec<Booking>> {
        crate::schema::bookings::table
            .filter(crate::schema::bookings::patron_id.eq(patron_id))
            .order(crate::schema::bookings::booked_at.desc())
            .select(Booking::as_select())
            .load(conn)
    }
}
