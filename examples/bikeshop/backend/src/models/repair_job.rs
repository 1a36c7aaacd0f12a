use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// One bike booked into the workshop for a repair or a service, from booking-in to pick-up.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::repair_jobs)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct RepairJob {
    pub id: i32,
    pub bike_id: i32,
    pub mechanic_id: Option<i32>,
    /// booked, in_progress, waiting_for_parts, ready, collected or cancelled
    pub status: String,
    pub problem: String,
    pub quote_cents: i32,
    pub final_price_cents: Option<i32>,
    pub booked_in_on: NaiveDate,
    pub promised_for: NaiveDate,
    pub finished_at: Option<NaiveDateTime>,
    pub collected_at: Option<NaiveDateTime>,
    pub paid: bool,
    pub urgent: bool,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::repair_jobs)]
pub struct NewRepairJob {
    pub bike_id: i32,
    pub mechanic_id: Option<i32>,
    pub status: String,
    pub problem: String,
    pub quote_cents: i32,
    pub booked_in_on: NaiveDate,
    pub promised_for: NaiveDate,
    pub urgent: bool,
}

impl RepairJob {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<RepairJob>> {
        crate::schema::repair_jobs::table
            .find(id)
            .select(RepairJob::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_bike(conn: &mut SqliteConnection, bike_id: i32) -> QueryResult<Vec<RepairJob>> {
        crate::schema::repair_jobs::table
            .filter(crate::schema::repair_jobs::bike_id.eq(bike_id))
            .order(crate::schema::repair_jobs::booked_in_on.desc())
            .select(RepairJob::as_select())
            .load(conn)
    }
}
