use diesel::prelude::*;

use super::Database;
use crate::models::{Customer, NewCustomer};
use crate::schema::customers;

impl Database {
    pub fn list_customers(&self) -> anyhow::Result<Vec<Customer>> {
        let mut conn = self.conn()?;
        let rows = customers::table
            .order(customers::name.asc())
            .select(Customer::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn find_customer(&self, id: i32) -> anyhow::Result<Option<Customer>> {
        let mut conn = self.conn()?;
        let row = customers::table
            .find(id)
            .select(Customer::as_select())
            .first(&mut conn)
            .optional()?;
        Ok(row)
    }

    pub fn create_customer(&self, new: NewCustomer) -> anyhow::Result<Customer> {
        let mut conn = self.conn()?;
        let row = diesel::insert_into(customers::table)
            .values(&new)
            .returning(Customer::as_returning())
            .get_result(&mut conn)?;
        Ok(row)
    }
}
