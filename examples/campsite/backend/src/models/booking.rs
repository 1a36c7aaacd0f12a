use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// One stay: a guest on a pitch from arrival to departure.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::bookings)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Booking {
    pub id: i32,
    pub guest_id: i32,
    pub pitch_id: i32,
    pub arrival_date: NaiveDate,
    pub departure_date: NaiveDate,
    pub adults: i32,
    pub children: i32,
    pub dogs: i32,
    /// pencilled, confirmed, on_site, departed or cancelled
    pub status: String,
    pub total_cents: i64,
    pub deposit_cents: i32,
    pub deposit_paid: bool,
    pub booked_at: NaiveDateTime,
    pub checked_in_at: Option<NaiveDateTime>,
    pub checked_out_at: Option<NaiveDateTime>,
    pub cancelled_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::bookings)]
pub struct NewBooking {
    pub guest_id: i32,
    pub pitch_id: i32,
    pub arrival_date: NaiveDate,
    pub departure_date: NaiveDate,
    pub adults: i32,
    pub children: i32,
    pub dogs: i32,
    pub status: String,
    pub total_cents: i64,
    pub deposit_cents: i32,
}

impl Booking {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Booking>> {
        use crate::schema::bookings;
        bookings::table
            .find(id)
            .select(Booking::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_guest(conn: &mut SqliteConnection, guest_id: i32) -> QueryResult<Vec<Booking>> {
        use crate::schema::bookings;
        bookings::table
            .filter(bookings::guest_id.eq(guest_id))
            .order(bookings::arrival_date.desc())
            .select(Booking::as_select())
            .load(conn)
    }
}
