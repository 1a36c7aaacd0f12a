use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A person who has stayed with us or has a booking with us.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::guests)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Guest {
    pub id: i32,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub home_town: String,
    pub country: String,
    pub newsletter: bool,
    pub blacklisted: bool,
    /// Empty until the guest has actually stayed a first night.
    pub first_stayed_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::guests)]
pub struct NewGuest {
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub home_town: String,
    pub country: String,
    pub newsletter: bool,
    pub blacklisted: bool,
    pub first_stayed_on: Option<NaiveDate>,
}

impl Guest {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Guest>> {
        crate::schema::guests::table
            .find(id)
            .select(Guest::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Guest>> {
        crate::schema::guests::table
            .order((crate::schema::guests::last_name.asc(), crate::schema::guests::first_name.asc()))
            .select(Guest::as_select())
            .load(conn)
    }
}
