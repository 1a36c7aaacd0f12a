use chrono::NaiveDate;
use diesel::prelude::*;

use crate::db::models::{Job, JobChanges, NewJob};
use crate::db::schema::jobs;

pub fn list_jobs(conn: &mut SqliteConnection) -> QueryResult<Vec<Job>> {
    jobs::table.order(jobs::promised_by.asc()).load(conn)
}

pub fn find_job(conn: &mut SqliteConnection, job_id: i32) -> QueryResult<Option<Job>> {
    jobs::table.find(job_id).first(conn).optional()
}

pub fn jobs_for_garment(conn: &mut SqliteConnection, garment_id: i32) -> QueryResult<Vec<Job>> {
    jobs::table
        .filter(jobs::garment_id.eq(garment_id))
        .order(jobs::id.asc())
        .load(conn)
}

pub fn jobs_due_by(conn: &mut SqliteConnection, day: NaiveDate) -> QueryResult<Vec<Job>> {
    jobs::table
        .filter(jobs::promised_by.le(day))
        .filter(jobs::ready.eq(false))
        .order(jobs::promised_by.asc())
        .load(conn)
}

pub fn insert_job(conn: &mut SqliteConnection, new_job: &NewJob) -> QueryResult<Job> {
    diesel::insert_into(jobs::table)
        .values(new_job)
        .returning(Job::as_returning())
        .get_result(conn)
}

pub fn update_job(conn: &mut SqliteConnection, job_id: i32, changes: &JobChanges) -> QueryResult<Option<Job>> {
    diesel::update(jobs::table.find(job_id))
        .set(changes)
        .returning(Job::as_returning())
        .get_result(conn)
        .optional()
}

pub fn mark_ready(conn: &mut SqliteConnection, job_id: i32) -> QueryResult<Option<Job>> {
    diesel::update(jobs::table.find(job_id))
        .set(jobs::ready.eq(true))
        .returning(Job::as_returning())
        .get_result(conn)
        .optional()
}
