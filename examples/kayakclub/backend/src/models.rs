use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::{kayaks, members, outings};

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable)]
#[diesel(table_name = members)]
pub struct Member {
    pub id: i32,
    pub name: String,
    pub email: String,
    /// "beginner", "intermediate" or "advanced"
    pub level: String,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = members)]
pub struct NewMember {
    pub name: String,
    pub email: String,
    pub level: String,
}

#[derive(Debug, Deserialize, AsChangeset)]
#[diesel(table_name = members)]
pub struct MemberChanges {
    pub name: Option<String>,
    pub email: Option<String>,
    pub level: Option<String>,
}

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable)]
#[diesel(table_name = kayaks)]
pub struct Kayak {
    pub id: i32,
    pub name: String,
    /// "sea", "touring" or "river"
    pub kind: String,
    pub seats: i32,
    pub in_service: bool,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = kayaks)]
pub struct NewKayak {
    pub name: String,
    pub kind: String,
    pub seats: i32,
    pub in_service: bool,
}

/// Only the fields that are sent are changed.
#[derive(Debug, Deserialize, AsChangeset)]
#[diesel(table_name = kayaks)]
pub struct KayakChanges {
    pub name: Option<String>,
    pub kind: Option<String>,
    pub seats: Option<i32>,
    pub in_service: Option<bool>,
}

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable, Associations)]
#[diesel(belongs_to(Kayak))]
#[diesel(belongs_to(Member))]
#[diesel(table_name = outings)]
pub struct Outing {
    pub id: i32,
    pub kayak_id: i32,
    pub member_id: i32,
    pub starts_at: String,
    pub returns_at: String,
    pub returned: bool,
}

/// A booking; `returned` starts as false in the database.
#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = outings)]
pub struct NewOuting {
    pub kayak_id: i32,
    pub member_id: i32,
    pub starts_at: String,
    pub returns_at: String,
}
