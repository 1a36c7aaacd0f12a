use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A guest (usually the person who books for the family or group).
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::guests)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Guest {
    pub id: i32,
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub home_town: String,
    pub country: String,
    pub car_registration: Option<String>,
    pub banned: bool,
    pub wants_newsletter: bool,
    /// Empty until they have actually stayed with us once.
    pub first_visit_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::guests)]
pub struct NewGuest {
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub home_town: String,
    pub country: String,
    pub car_registration: Option<String>,
    pub wants_newsletter: bool,
}

impl Guest {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Guest>> {
        use crate::schema::guests;
        guests::table
            .find(id)
            .select(Guest::as_select())
            .first(conn)
            .optional()
    }

    pub fn all(conn: &mut SqliteConnection) -> QueryResult<Vec<Guest>> {
        use crate::schema::guests;
        guests::table
            .order(guests::full_name.asc())
            .select(Guest::as_select())
            .load(conn)
    }
}
