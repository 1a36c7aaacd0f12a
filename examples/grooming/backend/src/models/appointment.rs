use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::appointments;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = appointments)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Appointment {
    pub id: i32,
    pub dog_id: i32,
    pub starts_at: String,
    pub service: String,
    pub price_cents: i32,
    pub status: String,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = appointments)]
pub struct NewAppointment {
    pub dog_id: i32,
    pub starts_at: String,
    pub service: String,
    pub price_cents: i32,
}

impl Appointment {
    pub fn all(conn: &mut SqliteConnection) -> QueryResult<Vec<Appointment>> {
        appointments::table
            .order(appointments::starts_at.asc())
            .select(Appointment::as_select())
            .load(conn)
    }

    pub fn find(conn: &mut SqliteConnection, appointment_id: i32) -> QueryResult<Appointment> {
        appointments::table
            .find(appointment_id)
            .select(Appointment::as_select())
            .first(conn)
    }

    /// Appointments still to come (status "booked"), earliest first.
    pub fn booked(conn: &mut SqliteConnection) -> QueryResult<Vec<Appointment>> {
        appointments::table
            .filter(appointments::status.eq("booked"))
            .order(appointments::starts_at.asc())
            .select(Appointment::as_select())
            .load(conn)
    }
}
