use diesel::prelude::*;

use crate::db::models::{Client, ClientChanges, NewClient};
use crate::db::schema::clients;

pub fn list_clients(conn: &mut SqliteConnection) -> QueryResult<Vec<Client>> {
    clients::table.order(clients::name.asc()).load(conn)
}

pub fn find_client(conn: &mut SqliteConnection, client_id: i32) -> QueryResult<Option<Client>> {
    clients::table.find(client_id).first(conn).optional()
}

pub fn insert_client(conn: &mut SqliteConnection, new_client: &NewClient) -> QueryResult<Client> {
    diesel::insert_into(clients::table)
        .values(new_client)
        .returning(Client::as_returning())
        .get_result(conn)
}

pub fn update_client(
    conn: &mut SqliteConnection,
    client_id: i32,
    changes: &ClientChanges,
) -> QueryResult<Option<Client>> {
    diesel::update(clients::table.find(client_id))
        .set(changes)
        .returning(Client::as_returning())
        .get_result(conn)
        .optional()
}
