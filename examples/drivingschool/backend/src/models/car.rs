use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::cars;

/// One of the school's dual-control tuition cars.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = cars)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Car {
    pub id: i32,
    pub registration: String,
    pub make: String,
    pub model: String,
    pub gearbox: String,
    pub instructor_id: Option<i32>,
    pub mileage: i32,
    pub engine_litres: f64,
    pub dual_controls: bool,
    pub off_road: bool,
    pub mot_due: NaiveDate,
    pub insurance_renews_on: NaiveDate,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = cars)]
pub struct NewCar {
    pub registration: String,
    pub make: String,
    pub model: String,
    pub gearbox: String,
    pub instructor_id: Option<i32>,
    pub mileage: i32,
    pub engine_litres: f64,
    pub dual_controls: bool,
    pub off_road: bool,
    pub mot_due: NaiveDate,
    pub insurance_renews_on: NaiveDate,
}

impl Car {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Car>> {
        cars::table
            .find(id)
            .select(Car::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Car>> {
        cars::table
            .order(cars::registration.asc())
            .select(Car::as_select())
            .load(conn)
    }
}
