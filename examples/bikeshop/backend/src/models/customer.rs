use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A person (or a courier firm on a trade account) who brings bikes in or buys from us.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::customers)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Customer {
    pub id: i32,
    pub full_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub town: String,
    pub joined_on: NaiveDate,
    pub wants_newsletter: bool,
    pub trade_account: bool,
    pub notes: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::customers)]
pub struct NewCustomer {
    pub full_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub town: String,
    pub joined_on: NaiveDate,
    pub wants_newsletter: bool,
    pub trade_account: bool,
    pub notes: Option<String>,
}

impl Customer {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Customer>> {
        crate::schema::customers::table
            .find(id)
            .select(Customer::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Customer>> {
        crate::schema::customers::table
            .order(crate::schema::customers::full_name.asc())
            .select(Customer::as_select())
            .load(conn)
    }
}
