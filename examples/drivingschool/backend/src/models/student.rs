use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::students;

/// A learner driver taking lessons with us.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = students)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Student {
    pub id: i32,
    pub first_name: String,
    pub last_name: String,
    pub phone: String,
    pub email: Option<String>,
    pub date_of_birth: NaiveDate,
    pub provisional_licence: String,
    pub instructor_id: i32,
    pub wants_automatic: bool,
    pub theory_passed: bool,
    pub on_hold: bool,
    pub prepaid_hours: i32,
    pub enrolled_on: NaiveDate,
    pub passed_on: Option<NaiveDate>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = students)]
pub struct NewStudent {
    pub first_name: String,
    pub last_name: String,
    pub phone: String,
    pub email: Option<String>,
    pub date_of_birth: NaiveDate,
    pub provisional_licence: String,
    pub instructor_id: i32,
    pub wants_automatic: bool,
    pub theory_passed: bool,
    pub on_hold: bool,
    pub prepaid_hours: i32,
    pub enrolled_on: NaiveDate,
    pub passed_on: Option<NaiveDate>,
}

impl Student {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Student>> {
        students::table
            .find(id)
            .select(Student::as_select())
            .first(conn)
            .optional()
    }

    pub fn create(conn: &mut SqliteConnection, new_student: &NewStudent) -> QueryResult<Student> {
        diesel::insert_into(students::table)
            .values(new_student)
            .returning(Student::as_returning())
            .get_result(conn)
    }
}
