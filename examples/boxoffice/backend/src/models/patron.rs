use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::patrons;

/// A person who buys tickets from us; "friends of the theatre" are our paying supporters.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = patrons)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Patron {
    pub id: i32,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub town: String,
    pub is_friend_of_theatre: bool,
    /// Set only once the patron has joined the friends scheme.
    pub friend_since: Option<NaiveDate>,
    pub mailing_list: bool,
    pub date_of_birth: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = patrons)]
pub struct NewPatron {
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub town: String,
    pub is_friend_of_theatre: bool,
    pub friend_since: Option<NaiveDate>,
    pub mailing_list: bool,
    pub date_of_birth: Option<NaiveDate>,
}

impl Patron {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Patron>> {
        crate::schema::patrons::table
            .find(id)
            .select(Patron::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Patron>> {
        crate::schema::patrons::table
            .order((crate::schema::patrons::last_name.asc(), crate::schema::patrons::first_name.asc()))
            .select(Patron::as_select())
            .load(conn)
    }
}
