use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A stay in one room by one guest, from the arrival date to the departure date.
/// `status` is one of: provisional, confirmed, checked_in, checked_out, cancelled, no_show.
/// `source` is one of: phone, email, website, walk_in, agency.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::bookings)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Booking {
    pub id: i32,
    pub guest_id: i32,
    pub room_id: i32,
    pub arrival_date: NaiveDate,
    pub departure_date: NaiveDate,
    pub adults: i32,
    pub children: i32,
    pub status: String,
    pub source: String,
    pub total_cents: i64,
    pub deposit_cents: i32,
    pub deposit_paid: bool,
    pub special_requests: Option<String>,
    pub booked_at: NaiveDateTime,
    /// Set when the guest arrives and gets the key.
    pub checked_in_at: Option<NaiveDateTime>,
    /// Set when the guest hands the key back.
    pub checked_out_at: Option<NaiveDateTime>,
    /// Set only if the booking was cancelled.
    pub cancelled_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::bookings)]
pub struct NewBooking {
    pub guest_id: i32,
    pub room_id: i32,
    pub arrival_date: NaiveDate,
    pub departure_date: NaiveDate,
    pub adults: i32,
    pub children: i32,
    pub status: String,
    pub source: String,
    pub total_cents: i64,
    pub deposit_cents: i32,
    pub deposit_paid: bool,
    pub special_requests: Option<String>,
}

impl Booking {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Booking>> {
        crate::schema::bookings::table
            .find(id)
            .select(Booking::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_guest(conn: &mut SqliteConnection, guest_id: i32) -> QueryResult<Vec<Booking>> {
        crate::schema::bookings::table
            .filter(crate::schema::bookings::guest_id.eq(guest_id))
            .order(crate::schema::bookings::arrival_date.desc())
            .select(Booking::as_select())
            .load(conn)
    }
}
