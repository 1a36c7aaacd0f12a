use diesel::prelude::*;

use crate::db::DbPool;
use crate::error::AppResult;
use crate::models::{Customer, CustomerChanges, NewCustomer};
use crate::schema::customers;

#[derive(Clone)]
pub struct CustomerRepo {
    pool: DbPool,
}

impl CustomerRepo {
    pub fn new(pool: DbPool) -> Self {
        CustomerRepo { pool }
    }

    pub fn all(&self) -> AppResult<Vec<Customer>> {
        let mut conn = self.pool.get()?;
        let rows = customers::table
            .order(customers::name.asc())
            .select(Customer::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn find(&self, id: i32) -> AppResult<Option<Customer>> {
        let mut conn = self.pool.get()?;
        let row = customers::table
            .find(id)
            .select(Customer::as_select())
            .first(&mut conn)
            .optional()?;
        Ok(row)
    }

    pub fn insert(&self, new_customer: NewCustomer) -> AppResult<Customer> {
        let mut conn = self.pool.get()?;
        let row = diesel::insert_into(customers::table)
            .values(&new_customer)
            .returning(Customer::as_returning())
            .get_result(&mut conn)?;
        Ok(row)
    }

    pub fn update(&self, id: i32, changes: CustomerChanges) -> AppResult<Option<Customer>> {
        let mut conn = self.pool.get()?;
        let row = diesel::update(customers::table.find(id))
            .set(&changes)
            .returning(Customer::as_returning())
            .get_result(&mut conn)
            .optional()?;
        Ok(row)
    }

    /// Returns how many rows were deleted (0 when the id does not exist).
    pub fn delete(&self, id: i32) -> AppResult<usize> {
        let mut conn = self.pool.get()?;
        let count = diesel::delete(customers::table.find(id)).execute(&mut conn)?;
        Ok(count)
    }
}
