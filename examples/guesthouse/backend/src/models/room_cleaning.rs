use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A cleaning job for one room on one day.
/// `kind` is one of: full_clean, linen_change, towels_only, deep_clean.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::room_cleanings)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct RoomCleaning {
    pub id: i32,
    pub room_id: i32,
    pub due_on: NaiveDate,
    pub kind: String,
    /// Empty until someone is put down to do it.
    pub cleaner_name: Option<String>,
    pub done: bool,
    pub finished_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::room_cleanings)]
pub struct NewRoomCleaning {
    pub room_id: i32,
    pub due_on: NaiveDate,
    pub kind: String,
    pub cleaner_name: Option<String>,
    pub done: bool,
}

impl RoomCleaning {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<RoomCleaning>> {
        crate::schema::room_cleanings::table
            .find(id)
            .select(RoomCleaning::as_select())
            .first(conn)
            .optional()
    }

    pub fn for_room(conn: &mut SqliteConnection, room_id: i32) -> QueryResult<Vec<RoomCleaning>> {
        crate::schema::room_cleanings::table
            .filter(crate::schema::room_cleanings::room_id.eq(room_id))
            .order(crate::schema::room_cleanings::due_on.desc())
            .select(RoomCleaning::as_select())
            .load(conn)
    }
}
