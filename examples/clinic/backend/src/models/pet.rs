use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::owner::Owner;
use crate::schema::pets;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = pets)]
#[diesel(belongs_to(Owner))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Pet {
    pub id: i32,
    pub owner_id: i32,
    pub name: String,
    pub species: String,
    pub breed: Option<String>,
    pub born_on: Option<NaiveDate>,
    pub weight_kg: f64,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = pets)]
pub struct NewPet {
    pub owner_id: i32,
    pub name: String,
    pub species: String,
    pub breed: Option<String>,
    pub born_on: Option<NaiveDate>,
    pub weight_kg: f64,
}

impl Pet {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Pet> {
        pets::table.find(id).select(Pet::as_select()).first(conn)
    }
}
