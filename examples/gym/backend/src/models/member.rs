use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::enums::MembershipTier;
use crate::schema::members;

/// Someone with a membership. `tier` holds a `MembershipTier`. A member who cancels keeps the
/// row (bookings and payments point at it) with `active = false` and a `cancelled_at` time.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = members)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Member {
    pub id: i32,
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub tier: String,
    pub active: bool,
    pub joined_on: NaiveDate,
    pub cancelled_at: Option<NaiveDateTime>,
    pub weight_kg: Option<f64>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = members)]
pub struct NewMember {
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub tier: String,
    pub joined_on: NaiveDate,
    pub weight_kg: Option<f64>,
}

impl Member {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Member> {
        members::table.find(id).select(Member::as_select()).first(conn)
    }

    pub fn list(conn: &mut SqliteConnection) -> QueryResult<Vec<Member>> {
        members::table
            .order(members::full_name.asc())
            .select(Member::as_select())
            .load(conn)
    }

    pub fn membership_tier(&self) -> Option<MembershipTier> {
        MembershipTier::parse(&self.tier)
    }
}
