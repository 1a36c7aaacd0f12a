use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::class::Class;
use crate::models::enums::BookingStatus;
use crate::models::member::Member;
use crate::schema::bookings;

/// A member's place in a class. `status` holds a `BookingStatus`; `checked_in_at` is set at
/// the front desk when the member turns up.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = bookings)]
#[diesel(belongs_to(Member))]
#[diesel(belongs_to(Class))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Booking {
    pub id: i32,
    pub member_id: i32,
    pub class_id: i32,
    pub status: String,
    pub booked_at: NaiveDateTime,
    pub checked_in_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = bookings)]
pub struct NewBooking {
    pub member_id: i32,
    pub class_id: i32,
    pub status: String,
    pub booked_at: NaiveDateTime,
}

impl Booking {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Booking> {
        bookings::table.find(id).select(Booking::as_select()).first(conn)
    }

    pub fn list_for_class(conn: &mut SqliteConnection, class_id: i32) -> QueryResult<Vec<Booking>> {
        bookings::table
            .filter(bookings::class_id.eq(class_id))
            .order(bookings::booked_at.asc())
            .select(Booking::as_select())
            .load(conn)
    }

    pub fn booking_status(&self) -> Option<BookingStatus> {
        BookingStatus::parse(&self.status)
    }
}
