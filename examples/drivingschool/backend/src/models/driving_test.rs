use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::driving_tests;

/// A practical driving test booked for one of our students.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = driving_tests)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct DrivingTest {
    pub id: i32,
    pub student_id: i32,
    pub car_id: Option<i32>,
    pub test_centre: String,
    pub test_date: NaiveDate,
    pub starts_at: NaiveDateTime,
    pub outcome: String,
    pub minor_faults: Option<i32>,
    pub fee_cents: i32,
    pub uses_school_car: bool,
    pub booked_on: NaiveDate,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = driving_tests)]
pub struct NewDrivingTest {
    pub student_id: i32,
    pub car_id: Option<i32>,
    pub test_centre: String,
    pub test_date: NaiveDate,
    pub starts_at: NaiveDateTime,
    pub outcome: String,
    pub fee_cents: i32,
    pub uses_school_car: bool,
    pub booked_on: NaiveDate,
}

impl DrivingTest {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<DrivingTest>> {
        driving_tests::table
            .find(id)
            .select(DrivingTest::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_student(conn: &mut SqliteConnection, student_id: i32) -> QueryResult<Vec<DrivingTest>> {
        driving_tests::table
            .filter(driving_tests::student_id.eq(student_id))
            .order(driving_tests::test_date.desc())
            .select(DrivingTest::as_select())
            .load(conn)
    }
}
