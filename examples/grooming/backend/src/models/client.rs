use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::clients;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = clients)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Client {
    pub id: i32,
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = clients)]
pub struct NewClient {
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
}

#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = clients)]
pub struct UpdateClient {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl Client {
    pub fn all(conn: &mut SqliteConnection) -> QueryResult<Vec<Client>> {
        clients::table
            .order(clients::name.asc())
            .select(Client::as_select())
            .load(conn)
    }

    pub fn find(conn: &mut SqliteConnection, client_id: i32) -> QueryResult<Client> {
        clients::table
            .find(client_id)
            .select(Client::as_select())
            .first(conn)
    }

    pub fn create(conn: &mut SqliteConnection, new_client: &NewClient) -> QueryResult<Client> {
        diesel::insert_into(clients::table)
            .values(new_client)
            .returning(Client::as_returning())
            .get_result(conn)
    }

    pub fn delete(conn: &mut SqliteConnection, client_id: i32) -> QueryResult<usize> {
        diesel::delete(clients::table.find(client_id)).execute(conn)
    }
}
