use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::Room;
use crate::schema::bookings;

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable, Associations)]
#[diesel(belongs_to(Room))]
#[diesel(table_name = bookings)]
pub struct Booking {
    pub id: i32,
    pub room_id: i32,
    pub group_name: String,
    pub contact_phone: String,
    pub starts_at: NaiveDateTime,
    pub players: i32,
    pub status: String,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = bookings)]
pub struct BookingInput {
    pub room_id: i32,
    pub group_name: String,
    pub contact_phone: String,
    pub starts_at: NaiveDateTime,
    pub players: i32,
}

impl Booking {
    pub fn all(conn: &mut SqliteConnection) -> QueryResult<Vec<Booking>> {
        bookings::table.order(bookings::starts_at.desc()).load(conn)
    }

    pub fn find(conn: &mut SqliteConnection, booking_id: i32) -> QueryResult<Option<Booking>> {
        bookings::table.find(booking_id).first(conn).optional()
    }

    pub fn create(conn: &mut SqliteConnection, input: &BookingInput) -> QueryResult<Booking> {
        diesel::insert_into(bookings::table)
            .values(input)
            .returning(Booking::as_returning())
            .get_result(conn)
    }

    pub fn cancel(conn: &mut SqliteConnection, booking_id: i32) -> QueryResult<Option<Booking>> {
        diesel::update(bookings::table.find(booking_id))
            .set(bookings::status.eq("cancelled"))
            .returning(Booking::as_returning())
            .get_result(conn)
            .optional()
    }
}
