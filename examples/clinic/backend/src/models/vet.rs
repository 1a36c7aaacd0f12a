use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use crate::schema::vets;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = vets)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Vet {
    pub id: i32,
    pub full_name: String,
    pub email: String,
    pub specialty: String,
    pub active: bool,
    pub hired_on: NaiveDate,
}

impl Vet {
}
