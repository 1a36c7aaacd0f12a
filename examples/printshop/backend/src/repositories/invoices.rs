use diesel::prelude::*;

use crate::db::DbPool;
use crate::error::AppResult;
use crate::models::{Invoice, NewInvoice};
use crate::schema::invoices;

#[derive(Clone)]
pub struct InvoiceRepo {
    pool: DbPool,
}

impl InvoiceRepo {
    pub fn new(pool: DbPool) -> Self {
        InvoiceRepo { pool }
    }

    pub fn all(&self) -> AppResult<Vec<Invoice>> {
        let mut conn = self.pool.get()?;
        let rows = invoices::table
            .order(invoices::issued_on.desc())
            .select(Invoice::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn find(&self, id: i32) -> AppResult<Option<Invoice>> {
        let mut conn = self.pool.get()?;
        let row = invoices::table
            .find(id)
            .select(Invoice::as_select())
            .first(&mut conn)
            .optional()?;
        Ok(row)
    }

    /// Invoices still waiting for payment, oldest first.
    pub fn unpaid(&self) -> AppResult<Vec<Invoice>> {
        let mut conn = self.pool.get()?;
        let rows = invoices::table
            .filter(invoices::paid.eq(false))
            .order(invoices::issued_on.asc())
            .select(Invoice::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn insert(&self, new_invoice: NewInvoice) -> AppResult<Invoice> {
        let mut conn = self.pool.get()?;
        let row = diesel::insert_into(invoices::table)
            .values(&new_invoice)
            .returning(Invoice::as_returning())
            .get_result(&mut conn)?;
        Ok(row)
    }

    /// Marks an invoice as paid; None when there is no such invoice.
    pub fn mark_paid(&self, id: i32) -> AppResult<Option<Invoice>> {
        let mut conn = self.pool.get()?;
        let row = diesel::update(invoices::table.find(id))
            .set(invoices::paid.eq(true))
            .returning(Invoice::as_returning())
            .get_result(&mut conn)
            .optional()?;
        Ok(row)
    }
}
