use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::dogs;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = dogs)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Dog {
    pub id: i32,
    pub client_id: i32,
    pub name: String,
    pub breed: String,
    pub size: String,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = dogs)]
pub struct NewDog {
    pub client_id: i32,
    pub name: String,
    pub breed: String,
    pub size: String,
}

impl Dog {
    pub fn all(conn: &mut SqliteConnection) -> QueryResult<Vec<Dog>> {
        dogs::table
            .order(dogs::name.asc())
            .select(Dog::as_select())
            .load(conn)
    }

    pub fn find(conn: &mut SqliteConnection, dog_id: i32) -> QueryResult<Dog> {
        dogs::table.find(dog_id).select(Dog::as_select()).first(conn)
    }

    pub fn for_client(conn: &mut SqliteConnection, owner_id: i32) -> QueryResult<Vec<Dog>> {
        dogs::table
            .filter(dogs::client_id.eq(owner_id))
            .order(dogs::name.asc())
            .select(Dog::as_select())
            .load(conn)
    }

    pub fn create(conn: &mut SqliteConnection, new_dog: &NewDog) -> QueryResult<Dog> {
        diesel::insert_into(dogs::table)
            .values(new_dog)
            .returning(Dog::as_returning())
            .get_result(conn)
    }
}
