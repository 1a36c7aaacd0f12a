pub mod create;
pub mod get;
pub mod list;

use serde::Serialize;

use crate::db::models::Rehearsal;

#[derive(Debug, Serialize)]
pub struct RehearsalResponse {
    pub id: i32,
    pub held_on: String,
    pub venue: String,
    pub notes: String,
}

impl From<Rehearsal> for RehearsalResponse {
    fn from(rehearsal: Rehearsal) -> Self {
        RehearsalResponse {
            id: rehearsal.id,
            held_on: rehearsal.held_on,
            venue: rehearsal.venue,
            notes: rehearsal.notes,
        }
    }
}
