use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::coaches;

/// A coach who leads classes. `rating` is the average of the members' ratings (0 to 5); a coach
/// who leaves stays in the table with `active = false`, since old classes point at them.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = coaches)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Coach {
    pub id: i32,
    pub full_name: String,
    pub email: String,
    pub specialty: String,
    pub bio: Option<String>,
    pub rating: f64,
    pub active: bool,
    pub hired_on: NaiveDate,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = coaches)]
pub struct NewCoach {
    pub full_name: String,
    pub email: String,
    pub specialty: String,
    pub bio: Option<String>,
    pub hired_on: NaiveDate,
}

impl Coach {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Coach> {
        coaches::table.find(id).select(Coach::as_select()).first(conn)
    }
}
