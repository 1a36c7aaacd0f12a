use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::shows;

/// A production the theatre puts on, e.g. a play or a panto, with its run dates.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = shows)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Show {
    pub id: i32,
    pub title: String,
    pub playwright: Option<String>,
    pub director: Option<String>,
    pub blurb: Option<String>,
    pub running_time_minutes: i32,
    pub has_interval: bool,
    pub family_friendly: bool,
    pub opening_night: NaiveDate,
    pub closing_night: NaiveDate,
    pub archived: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = shows)]
pub struct NewShow {
    pub title: String,
    pub playwright: Option<String>,
    pub director: Option<String>,
    pub blurb: Option<String>,
    pub running_time_minutes: i32,
    pub has_interval: bool,
    pub family_friendly: bool,
    pub opening_night: NaiveDate,
    pub closing_night: NaiveDate,
    pub archived: bool,
}

impl Show {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Show>> {
        crate::schema::shows::table
            .find(id)
            .select(Show::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Show>> {
        crate::schema::shows::table
            .order(crate::schema::shows::opening_night.desc())
            .select(Show::as_select())
            .load(conn)
    }
}
