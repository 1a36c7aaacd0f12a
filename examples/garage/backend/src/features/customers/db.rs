use diesel::prelude::*;

use crate::models::{Customer, CustomerChanges, NewCustomer};
use crate::schema::customers;

pub fn all_customers(conn: &mut SqliteConnection) -> QueryResult<Vec<Customer>> {
    customers::table
        .order(customers::name.asc())
        .select(Customer::as_select())
        .load(conn)
}

pub fn find_customer(conn: &mut SqliteConnection, customer_id: i32) -> QueryResult<Option<Customer>> {
    customers::table
        .find(customer_id)
        .select(Customer::as_select())
        .first(conn)
        .optional()
}

pub fn insert_customer(conn: &mut SqliteConnection, new_customer: &NewCustomer) -> QueryResult<Customer> {
    diesel::insert_into(customers::table)
        .values(new_customer)
        .returning(Customer::as_returning())
        .get_result(conn)
}

pub fn update_customer(
    conn: &mut SqliteConnection,
    customer_id: i32,
    changes: &CustomerChanges,
) -> QueryResult<Option<Customer>> {
    diesel::update(customers::table.find(customer_id))
        .set(changes)
        .returning(Customer::as_returning())
        .get_result(conn)
        .optional()
}

/// Returns how many rows were removed (0 when the customer did not exist).
pub fn delete_customer(conn: &mut SqliteConnection, customer_id: i32) -> QueryResult<usize> {
    diesel::delete(customers::table.find(customer_id)).execute(conn)
}
