use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::lessons;

/// One driving lesson: a student out with an instructor in one of our cars.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = lessons)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Lesson {
    pub id: i32,
    pub student_id: i32,
    pub instructor_id: i32,
    pub car_id: i32,
    pub starts_at: NaiveDateTime,
    pub minutes: i32,
    pub pickup_address: String,
    pub status: String,
    pub price_cents: i32,
    pub miles_driven: Option<f64>,
    pub instructor_notes: Option<String>,
    pub cancelled_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = lessons)]
pub struct NewLesson {
    pub student_id: i32,
    pub instructor_id: i32,
    pub car_id: i32,
    pub starts_at: NaiveDateTime,
    pub minutes: i32,
    pub pickup_address: String,
    pub status: String,
    pub price_cents: i32,
}

impl Lesson {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Lesson>> {
        lessons::table
            .find(id)
            .select(Lesson::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_student(conn: &mut SqliteConnection, student_id: i32) -> QueryResult<Vec<Lesson>> {
        lessons::table
            .filter(lessons::student_id.eq(student_id))
            .order(lessons::starts_at.asc())
            .select(Lesson::as_select())
            .load(conn)
    }
}
