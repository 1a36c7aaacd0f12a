use diesel::prelude::*;
use serde::Serialize;

use crate::models::appointment::Appointment;
use crate::schema::prescriptions;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = prescriptions)]
#[diesel(belongs_to(Appointment))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Prescription {
    pub id: i32,
    pub appointment_id: i32,
    pub medication: String,
    pub dosage: String,
    pub days: i32,
}

impl Prescription {
    pub fn list_for_appointment(conn: &mut SqliteConnection, appointment_id: i32) -> QueryResult<Vec<Prescription>> {
        prescriptions::table
            .filter(prescriptions::appointment_id.eq(appointment_id))
            .select(Prescription::as_select())
            .load(conn)
    }
}
