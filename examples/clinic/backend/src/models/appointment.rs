use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::pet::Pet;
use crate::models::vet::Vet;
use crate::schema::appointments;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppointmentStatus {
    Scheduled,
    Completed,
    Cancelled,
    NoShow,
}

impl AppointmentStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            AppointmentStatus::Scheduled => "scheduled",
            AppointmentStatus::Completed => "completed",
            AppointmentStatus::Cancelled => "cancelled",
            AppointmentStatus::NoShow => "no_show",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "scheduled" => Some(AppointmentStatus::Scheduled),
            "completed" => Some(AppointmentStatus::Completed),
            "cancelled" => Some(AppointmentStatus::Cancelled),
            "no_show" => Some(AppointmentStatus::NoShow),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = appointments)]
#[diesel(belongs_to(Pet))]
#[diesel(belongs_to(Vet))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Appointment {
    pub id: i32,
    pub pet_id: i32,
    pub vet_id: i32,
    pub status: String,
    pub scheduled_at: NaiveDateTime,
    pub reason: String,
    pub notes: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = appointments)]
pub struct NewAppointment {
    pub pet_id: i32,
    pub vet_id: i32,
    pub status: String,
    pub scheduled_at: NaiveDateTime,
    pub reason: String,
}

impl Appointment {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Appointment> {
        appointments::table
            .find(id)
            .select(Appointment::as_select())
            .first(conn)
    }
}
