use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::customers;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = customers)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Customer {
    pub id: i32,
    pub email: String,
    pub full_name: String,
    pub city: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = customers)]
pub struct NewCustomer {
    pub email: String,
    pub full_name: String,
    pub city: Option<String>,
}

impl Customer {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Customer> {
        customers::table.find(id).select(Customer::as_select()).first(conn)
    }

    pub fn list(conn: &mut SqliteConnection) -> QueryResult<Vec<Customer>> {
        customers::table
            .order(customers::full_name.asc())
            .select(Customer::as_select())
            .load(conn)
    }

    pub fn create(conn: &mut SqliteConnection, new_customer: &NewCustomer) -> QueryResult<Customer> {
        diesel::insert_into(customers::table)
            .values(new_customer)
            .returning(Customer::as_returning())
            .get_result(conn)
    }
}
