use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A part fitted on a repair job: how many and the price each we charged for it.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::job_parts)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct JobPart {
    pub id: i32,
    pub repair_job_id: i32,
    pub part_id: i32,
    pub quantity: i32,
    pub price_each_cents: i32,
    pub added_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::job_parts)]
pub struct NewJobPart {
    pub repair_job_id: i32,
    pub part_id: i32,
    pub quantity: i32,
    pub price_each_cents: i32,
}

impl JobPart {
    pub fn for_job(conn: &mut SqliteConnection, repair_job_id: i32) -> QueryResult<Vec<JobPart>> {
        crate::schema::job_parts::table
            .filter(crate::schema::job_parts::repair_job_id.eq(repair_job_id))
            .order(crate::schema::job_parts::added_at.asc())
            .select(JobPart::as_select())
            .load(conn)
    }
}
