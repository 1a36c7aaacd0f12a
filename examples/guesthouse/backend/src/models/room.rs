use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// One of the bedrooms we let out, known by the name on its door.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::rooms)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Room {
    pub id: i32,
    pub name: String,
    pub floor: i32,
    pub sleeps: i32,
    pub sea_view: bool,
    pub dogs_allowed: bool,
    pub size_sqm: f64,
    pub nightly_rate_cents: i32,
    pub out_of_use: bool,
    pub notes: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::rooms)]
pub struct NewRoom {
    pub name: String,
    pub floor: i32,
    pub sleeps: i32,
    pub sea_view: bool,
    pub dogs_allowed: bool,
    pub size_sqm: f64,
    pub nightly_rate_cents: i32,
    pub out_of_use: bool,
    pub notes: Option<String>,
}

impl Room {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Room>> {
        crate::schema::rooms::table
            .find(id)
            .select(Room::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Room>> {
        crate::schema::rooms::table
            .order(crate::schema::rooms::name.asc())
            .select(Room::as_select())
            .load(conn)
    }
}
