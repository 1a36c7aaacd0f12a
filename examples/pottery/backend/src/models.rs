use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::{firings, kilns, members};

#[derive(Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = members)]
pub struct Member {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub joined_on: NaiveDate,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = members)]
pub struct NewMember {
    pub name: String,
    pub email: String,
    pub joined_on: NaiveDate,
}

#[derive(Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = kilns)]
pub struct Kiln {
    pub code: String,
    pub name: String,
    pub max_temp_c: i32,
}

#[derive(Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = firings)]
pub struct Firing {
    pub id: i32,
    pub member_id: i32,
    pub kiln_code: String,
    pub fired_on: NaiveDate,
    pub cone: String,
    pub pieces: i32,
    pub fee_cents: i32,
    pub collected: bool,
}

#[derive(Debug, Deserialize, Insertable, AsChangeset)]
#[diesel(table_name = firings)]
pub struct NewFiring {
    pub member_id: i32,
    pub kiln_code: String,
    pub fired_on: NaiveDate,
    pub cone: String,
    pub pieces: i32,
    pub fee_cents: i32,
    #[serde(default)]
    pub collected: bool,
}
