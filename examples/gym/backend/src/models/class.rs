use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::coach::Coach;
use crate::schema::classes;

/// One session on the timetable, led by a coach. `room` is `None` for outdoor and online
/// classes; a cancelled class keeps its row and its bookings.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = classes)]
#[diesel(belongs_to(Coach))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Class {
    pub id: i32,
    pub title: String,
    pub coach_id: i32,
    pub room: Option<String>,
    pub starts_at: NaiveDateTime,
    pub duration_minutes: i32,
    pub capacity: i32,
    pub cancelled: bool,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = classes)]
pub struct NewClass {
    pub title: String,
    pub coach_id: i32,
    pub room: Option<String>,
    pub starts_at: NaiveDateTime,
    pub duration_minutes: i32,
    pub capacity: i32,
}

impl Class {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Class> {
        classes::table.find(id).select(Class::as_select()).first(conn)
    }

    /// Classes that go ahead and start at or after `from`, soonest first.
    pub fn upcoming(conn: &mut SqliteConnection, from: NaiveDateTime) -> QueryResult<Vec<Class>> {
        classes::table
            .filter(classes::cancelled.eq(false))
            .filter(classes::starts_at.ge(from))
            .order(classes::starts_at.asc())
            .select(Class::as_select())
            .load(conn)
    }

    pub fn ends_at(&self) -> NaiveDateTime {
        self.starts_at + Duration::minutes(i64::from(self.duration_minutes))
    }
}
