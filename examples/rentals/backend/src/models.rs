use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::{bikes, hires, riders};

#[derive(Debug, Queryable, Serialize)]
pub struct Rider {
    pub id: i32,
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = riders)]
pub struct NewRider {
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
}

#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = riders)]
pub struct UpdateRider {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Queryable, Serialize)]
pub struct Bike {
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub hourly_rate_cents: i32,
    pub in_service: bool,
}

impl Bike {
    /// Bikes that are in service and not out on an open hire.
    pub fn available(conn: &mut SqliteConnection) -> QueryResult<Vec<Bike>> {
        let out_now = hires::table
            .filter(hires::ended_at.is_null())
            .select(hires::bike_id);
        bikes::table
            .filter(bikes::in_service.eq(true))
            .filter(bikes::id.ne_all(out_now))
            .order(bikes::id)
            .load::<Bike>(conn)
    }
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = bikes)]
pub struct NewBike {
    pub name: String,
    pub kind: String,
    pub hourly_rate_cents: i32,
}

#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = bikes)]
pub struct UpdateBike {
    pub name: Option<String>,
    pub kind: Option<String>,
    pub hourly_rate_cents: Option<i32>,
    pub in_service: Option<bool>,
}

#[derive(Debug, Queryable, Serialize)]
pub struct Hire {
    pub id: i32,
    pub rider_id: i32,
    pub bike_id: i32,
    pub started_at: String,
    pub ended_at: Option<String>,
    pub total_cents: Option<i32>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = hires)]
pub struct NewHire {
    pub rider_id: i32,
    pub bike_id: i32,
    pub started_at: String,
}
