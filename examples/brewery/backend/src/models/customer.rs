use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbPool;
use crate::models::enums::CustomerKind;
use crate::schema::customers;

/// A pub, shop, restaurant or festival we deliver to. `kind` holds a `CustomerKind`. A customer
/// we no longer supply keeps the row with `active = false`, since deliveries point at it.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = customers)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Customer {
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub email: String,
    pub phone: Option<String>,
    pub city: String,
    pub active: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = customers)]
pub struct NewCustomer {
    pub name: String,
    pub kind: String,
    pub email: String,
    pub phone: Option<String>,
    pub city: String,
}

impl Customer {
    pub fn find(pool: &DbPool, id: i32) -> Result<Customer, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        customers::table.find(id).select(Customer::as_select()).first(&mut conn)
    }

    pub fn list(pool: &DbPool) -> Result<Vec<Customer>, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        customers::table
            .order(customers::name.asc())
            .select(Customer::as_select())
            .load(&mut conn)
    }

    pub fn customer_kind(&self) -> Option<CustomerKind> {
        CustomerKind::from_db(&self.kind)
    }
}
