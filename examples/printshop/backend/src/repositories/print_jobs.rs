use diesel::prelude::*;

use crate::db::DbPool;
use crate::error::AppResult;
use crate::models::{NewPrintJob, PrintJob, PrintJobChanges};
use crate::schema::print_jobs;

#[derive(Clone)]
pub struct PrintJobRepo {
    pool: DbPool,
}

impl PrintJobRepo {
    pub fn new(pool: DbPool) -> Self {
        PrintJobRepo { pool }
    }

    pub fn all(&self) -> AppResult<Vec<PrintJob>> {
        let mut conn = self.pool.get()?;
        let rows = print_jobs::table
            .order(print_jobs::due_on.asc())
            .select(PrintJob::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn find(&self, id: i32) -> AppResult<Option<PrintJob>> {
        let mut conn = self.pool.get()?;
        let row = print_jobs::table
            .find(id)
            .select(PrintJob::as_select())
            .first(&mut conn)
            .optional()?;
        Ok(row)
    }

    /// Every job one customer has ordered, soonest due first.
    pub fn for_customer(&self, customer_id: i32) -> AppResult<Vec<PrintJob>> {
        let mut conn = self.pool.get()?;
        let rows = print_jobs::table
            .filter(print_jobs::customer_id.eq(customer_id))
            .order(print_jobs::due_on.asc())
            .select(PrintJob::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    /// Jobs in one status ("queued", "proofing", "printing", "done").
    pub fn with_status(&self, status: &str) -> AppResult<Vec<PrintJob>> {
        let mut conn = self.pool.get()?;
        let rows = print_jobs::table
            .filter(print_jobs::status.eq(status))
            .order(print_jobs::due_on.asc())
            .select(PrintJob::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn insert(&self, new_job: NewPrintJob) -> AppResult<PrintJob> {
        let mut conn = self.pool.get()?;
        let row = diesel::insert_into(print_jobs::table)
            .values(&new_job)
            .returning(PrintJob::as_returning())
            .get_result(&mut conn)?;
        Ok(row)
    }

    pub fn update(&self, id: i32, changes: PrintJobChanges) -> AppResult<Option<PrintJob>> {
        let mut conn = self.pool.get()?;
        let row = diesel::update(print_jobs::table.find(id))
            .set(&changes)
            .returning(PrintJob::as_returning())
            .get_result(&mut conn)
            .optional()?;
        Ok(row)
    }

    /// Returns how many rows were deleted (0 when the id does not exist).
    pub fn delete(&self, id: i32) -> AppResult<usize> {
        let mut conn = self.pool.get()?;
        let count = diesel::delete(print_jobs::table.find(id)).execute(&mut conn)?;
        Ok(count)
    }
}
