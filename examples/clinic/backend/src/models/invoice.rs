use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::appointment::Appointment;
use crate::schema::invoices;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = invoices)]
#[diesel(belongs_to(Appointment))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Invoice {
    pub id: i32,
    pub appointment_id: i32,
    pub amount_cents: i64,
    pub paid: bool,
    pub paid_at: Option<NaiveDateTime>,
    pub issued_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = invoices)]
pub struct NewInvoice {
    pub appointment_id: i32,
    pub amount_cents: i64,
}

impl Invoice {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Invoice> {
        invoices::table.find(id).select(Invoice::as_select()).first(conn)
    }
}
