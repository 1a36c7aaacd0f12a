use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::pet::Pet;
use crate::models::vet::Vet;
use crate::schema::appointments;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

    pub fn parse(s: &str) -> Option<Self> {
        match s {
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

#[derive(Debug, Insertable)]
#[diesel(table_name = appointments)]
pub struct NewAppointment {
    pub pet_id: i32,
    pub vet_id: i32,
    pub status: String,
    pub scheduled_at: NaiveDateTime,
    pub reason: String,
}

/// A partial update: only the fields that are `Some` are written.
#[derive(Debug, Default, AsChangeset, Deserialize)]
#[diesel(table_name = appointments)]
pub struct AppointmentChanges {
    pub vet_id: Option<i32>,
    pub status: Option<String>,
    pub scheduled_at: Option<NaiveDateTime>,
    pub reason: Option<String>,
    pub notes: Option<String>,
}

impl Appointment {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Appointment> {
        appointments::table
            .find(id)
            .select(Appointment::as_select())
            .first(conn)
    }

    pub fn update(conn: &mut SqliteConnection, id: i32, changes: &AppointmentChanges) -> QueryResult<Appointment> {
        diesel::update(appointments::table.find(id))
            .set(changes)
            .returning(Appointment::as_returning())
            .get_result(conn)
    }
}
