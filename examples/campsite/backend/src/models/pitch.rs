use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// One pitch on the site, marked out with a code like "B7".
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::pitches)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Pitch {
    pub id: i32,
    pub code: String,
    pub field_name: String,
    /// tent, caravan or motorhome
    pub kind: String,
    pub has_hookup: bool,
    pub max_people: i32,
    pub length_metres: f64,
    pub nightly_rate_cents: i32,
    pub closed_for_season: bool,
    pub notes: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::pitches)]
pub struct NewPitch {
    pub code: String,
    pub field_name: String,
    pub kind: String,
    pub has_hookup: bool,
    pub max_people: i32,
    pub length_metres: f64,
    pub nightly_rate_cents: i32,
    pub notes: Option<String>,
}

impl Pitch {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Pitch>> {
        use crate::schema::pitches;
        pitches::table
            .find(id)
            .select(Pitch::as_select())
            .first(conn)
            .optional()
    }

    pub fn all(conn: &mut SqliteConnection) -> QueryResult<Vec<Pitch>> {
        use crate::schema::pitches;
        pitches::table
            .order(pitches::code.asc())
            .select(Pitch::as_select())
            .load(conn)
    }
}
