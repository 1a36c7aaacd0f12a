use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::{books, loans, members};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = members)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Member {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub joined_on: String,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = members)]
pub struct CreateMember {
    pub name: String,
    pub email: String,
    pub joined_on: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = books)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Book {
    pub id: i32,
    pub title: String,
    pub author: String,
    pub isbn: Option<String>,
    pub available: bool,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = books)]
pub struct CreateBook {
    pub title: String,
    pub author: String,
    pub isbn: Option<String>,
}

#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = books)]
pub struct UpdateBook {
    pub title: Option<String>,
    pub author: Option<String>,
    pub isbn: Option<String>,
    pub available: Option<bool>,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = loans)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Loan {
    pub id: i32,
    pub book_id: i32,
    pub member_id: i32,
    pub loaned_on: String,
    pub due_on: String,
    pub returned: bool,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = loans)]
pub struct CreateLoan {
    pub book_id: i32,
    pub member_id: i32,
    pub loaned_on: String,
    pub due_on: String,
}

#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = loans)]
pub struct UpdateLoan {
    pub due_on: Option<String>,
    pub returned: Option<bool>,
}
