use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::payments;

/// Money a student has paid us, usually for a block of lesson hours.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = payments)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Payment {
    pub id: i32,
    pub student_id: i32,
    pub amount_cents: i32,
    pub method: String,
    pub hours_bought: i32,
    pub reference: Option<String>,
    pub refunded: bool,
    pub paid_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = payments)]
pub struct NewPayment {
    pub student_id: i32,
    pub amount_cents: i32,
    pub method: String,
    pub hours_bought: i32,
    pub reference: Option<String>,
    pub refunded: bool,
    pub paid_at: NaiveDateTime,
}

impl Payment {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Payment>> {
        payments::table
            .find(id)
            .select(Payment::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_student(conn: &mut SqliteConnection, student_id: i32) -> QueryResult<Vec<Payment>> {
        payments::table
            .filter(payments::student_id.eq(student_id))
            .order(payments::paid_at.desc())
            .select(Payment::as_select())
            .load(conn)
    }
}
