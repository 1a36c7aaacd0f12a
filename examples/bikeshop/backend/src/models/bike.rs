use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A customer's own bike that we have worked on at least once.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::bikes)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Bike {
    pub id: i32,
    pub customer_id: i32,
    pub make: String,
    pub model: String,
    pub colour: String,
    pub frame_number: Option<String>,
    pub year_made: Option<i32>,
    pub is_ebike: bool,
    pub last_serviced_on: Option<NaiveDate>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::bikes)]
pub struct NewBike {
    pub customer_id: i32,
    pub make: String,
    pub model: String,
    pub colour: String,
    pub frame_number: Option<String>,
    pub year_made: Option<i32>,
    pub is_ebike: bool,
    pub last_serviced_on: Option<NaiveDate>,
}

impl Bike {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Bike>> {
        crate::schema::bikes::table
            .find(id)
            .select(Bike::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_customer(conn: &mut SqliteConnection, customer_id: i32) -> QueryResult<Vec<Bike>> {
        crate::schema::bikes::table
            .filter(crate::schema::bikes::customer_id.eq(customer_id))
            .select(Bike::as_select())
            .load(conn)
    }
}
