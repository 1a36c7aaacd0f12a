use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::Booking;
use crate::schema::game_results;

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable, Associations)]
#[diesel(belongs_to(Booking))]
#[diesel(table_name = game_results)]
pub struct GameResult {
    pub id: i32,
    pub booking_id: i32,
    pub escaped: bool,
    pub minutes_taken: i32,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = game_results)]
pub struct GameResultInput {
    pub booking_id: i32,
    pub escaped: bool,
    pub minutes_taken: i32,
}

impl GameResult {
    pub fn all(conn: &mut SqliteConnection) -> QueryResult<Vec<GameResult>> {
        game_results::table.order(game_results::id.asc()).load(conn)
    }

    pub fn fastest_escapes(conn: &mut SqliteConnection, limit: i64) -> QueryResult<Vec<GameResult>> {
        game_results::table
            .filter(game_results::escaped.eq(true))
            .order(game_results::minutes_taken.asc())
            .limit(limit)
            .load(conn)
    }
}
