use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::Error;
use serde::{Deserialize, Serialize};

use crate::db::{self, DbPool};
use crate::schema::customers;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = customers)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Customer {
    pub id: i32,
    pub full_name: String,
    pub email: String,
    pub loyalty_points: i32,
    pub newsletter: bool,
    pub joined_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = customers)]
pub struct NewCustomer {
    pub full_name: String,
    pub email: String,
    pub newsletter: bool,
}

#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = customers)]
pub struct CustomerChanges {
    pub full_name: Option<String>,
    pub email: Option<String>,
    pub loyalty_points: Option<i32>,
    pub newsletter: Option<bool>,
}

impl Customer {
    pub fn find(pool: &DbPool, customer_id: i32) -> Result<Option<Customer>, Error> {
        let mut conn = db::conn(pool)?;
        customers::table
            .find(customer_id)
            .select(Customer::as_select())
            .first(&mut conn)
            .optional()
    }

    pub fn all(pool: &DbPool) -> Result<Vec<Customer>, Error> {
        let mut conn = db::conn(pool)?;
        customers::table
            .order(customers::full_name.asc())
            .select(Customer::as_select())
            .load(&mut conn)
    }

    pub fn create(pool: &DbPool, new_customer: &NewCustomer) -> Result<Customer, Error> {
        let mut conn = db::conn(pool)?;
        diesel::insert_into(customers::table)
            .values(new_customer)
            .returning(Customer::as_returning())
            .get_result(&mut conn)
    }

    pub fn update(pool: &DbPool, customer_id: i32, changes: &CustomerChanges) -> Result<Option<Customer>, Error> {
        let mut conn = db::conn(pool)?;
        diesel::update(customers::table.find(customer_id))
            .set(changes)
            .returning(Customer::as_returning())
            .get_result(&mut conn)
            .optional()
    }

    pub fn delete(pool: &DbPool, customer_id: i32) -> Result<usize, Error> {
        let mut conn = db::conn(pool)?;
        diesel::delete(customers::table.find(customer_id)).execute(&mut conn)
    }

    pub fn by_email(pool: &DbPool, email: &str) -> Result<Option<Customer>, Error> {
        let mut conn = db::conn(pool)?;
        customers::table
            .filter(customers::email.eq(email))
            .select(Customer::as_select())
            .first(&mut conn)
            .optional()
    }

    /// Customers who asked for the newsletter, most loyal first.
    pub fn newsletter_list(pool: &DbPool) -> Result<Vec<Customer>, Error> {
        let mut conn = db::conn(pool)?;
        customers::table
            .filter(customers::newsletter.eq(true))
            .order(customers::loyalty_points.desc())
            .select(Customer::as_select())
            .load(&mut conn)
    }
}
