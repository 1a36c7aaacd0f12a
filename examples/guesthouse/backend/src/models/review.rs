use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// What a guest wrote about their stay, with one to five stars.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::reviews)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Review {
    pub id: i32,
    pub booking_id: i32,
    pub stars: i32,
    pub comment: Option<String>,
    pub written_on: NaiveDate,
    pub published: bool,
    /// Empty until we have answered the review.
    pub our_reply: Option<String>,
    pub replied_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::reviews)]
pub struct NewReview {
    pub booking_id: i32,
    pub stars: i32,
    pub comment: Option<String>,
    pub written_on: NaiveDate,
    pub published: bool,
}

impl Review {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Review>> {
        crate::schema::reviews::table
            .find(id)
            .select(Review::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Review>> {
        crate::schema::reviews::table
            .order(crate::schema::reviews::written_on.desc())
            .select(Review::as_select())
            .load(conn)
    }
}
