use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::owners;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = owners)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Owner {
    pub id: i32,
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = owners)]
pub struct NewOwner {
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
}

impl Owner {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Owner> {
        owners::table.find(id).select(Owner::as_select()).first(conn)
    }

    pub fn list(conn: &mut SqliteConnection) -> QueryResult<Vec<Owner>> {
        owners::table
            .order(owners::full_name.asc())
            .select(Owner::as_select())
            .load(conn)
    }
}
