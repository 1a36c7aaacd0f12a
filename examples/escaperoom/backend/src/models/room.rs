use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::rooms;

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable)]
#[diesel(table_name = rooms)]
pub struct Room {
    pub id: i32,
    pub name: String,
    pub difficulty: i32,
    pub max_players: i32,
    pub price_per_person_cents: i32,
}

#[derive(Debug, Deserialize, Insertable, AsChangeset)]
#[diesel(table_name = rooms)]
pub struct RoomInput {
    pub name: String,
    pub difficulty: i32,
    pub max_players: i32,
    pub price_per_person_cents: i32,
}

impl Room {
    pub fn all(conn: &mut SqliteConnection) -> QueryResult<Vec<Room>> {
        rooms::table.order(rooms::name.asc()).load(conn)
    }

    pub fn find(conn: &mut SqliteConnection, room_id: i32) -> QueryResult<Option<Room>> {
        rooms::table.find(room_id).first(conn).optional()
    }

    pub fn create(conn: &mut SqliteConnection, input: &RoomInput) -> QueryResult<Room> {
        diesel::insert_into(rooms::table)
            .values(input)
            .returning(Room::as_returning())
            .get_result(conn)
    }

    pub fn update(conn: &mut SqliteConnection, room_id: i32, input: &RoomInput) -> QueryResult<Option<Room>> {
        diesel::update(rooms::table.find(room_id))
            .set(input)
            .returning(Room::as_returning())
            .get_result(conn)
            .optional()
    }
}
