use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::tickets;

/// One seat for one performance, sold as part of a booking.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = tickets)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Ticket {
    pub id: i32,
    pub booking_id: i32,
    pub performance_id: i32,
    pub seat_id: i32,
    pub price_cents: i32,
    /// True when sold at the concession price (children, pensioners, students).
    pub concession: bool,
    pub printed: bool,
    /// Set when the ticket is scanned at the door.
    pub scanned_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = tickets)]
pub struct NewTicket {
    pub booking_id: i32,
    pub performance_id: i32,
    pub seat_id: i32,
    pub price_cents: i32,
    pub concession: bool,
    pub printed: bool,
}

impl Ticket {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Ticket>> {
        crate::schema::tickets::table
            .find(id)
            .select(Ticket::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_booking(conn: &mut SqliteConnection, booking_id: i32) -> QueryResult<Vec<Ticket>> {
        crate::schema::tickets::table
            .filter(crate::schema::tickets::booking_id.eq(booking_id))
            .select(Ticket::as_select())
            .load(conn)
    }
}
