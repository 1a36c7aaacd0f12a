use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A job that needs doing on a pitch: broken hookup, waterlogged ground, a fallen branch...
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::pitch_repairs)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct PitchRepair {
    pub id: i32,
    pub pitch_id: i32,
    pub problem: String,
    pub urgent: bool,
    pub reported_on: NaiveDate,
    /// Empty until the job is done.
    pub fixed_on: Option<NaiveDate>,
    /// Empty until we know what it cost.
    pub cost_cents: Option<i32>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::pitch_repairs)]
pub struct NewPitchRepair {
    pub pitch_id: i32,
    pub problem: String,
    pub urgent: bool,
    pub reported_on: NaiveDate,
}

impl PitchRepair {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<PitchRepair>> {
        use crate::schema::pitch_repairs;
        pitch_repairs::table
            .find(id)
            .select(PitchRepair::as_select())
            .first(conn)
            .optional()
    }
}
