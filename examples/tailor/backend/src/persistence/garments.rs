use diesel::prelude::*;

use crate::db::models::{Garment, NewGarment};
use crate::db::schema::garments;

pub fn list_garments(conn: &mut SqliteConnection) -> QueryResult<Vec<Garment>> {
    garments::table.order(garments::id.asc()).load(conn)
}

pub fn find_garment(conn: &mut SqliteConnection, garment_id: i32) -> QueryResult<Option<Garment>> {
    garments::table.find(garment_id).first(conn).optional()
}

pub fn garments_for_client(conn: &mut SqliteConnection, client_id: i32) -> QueryResult<Vec<Garment>> {
    garments::table
        .filter(garments::client_id.eq(client_id))
        .order(garments::id.asc())
        .load(conn)
}

pub fn insert_garment(conn: &mut SqliteConnection, new_garment: &NewGarment) -> QueryResult<Garment> {
    diesel::insert_into(garments::table)
        .values(new_garment)
        .returning(Garment::as_returning())
        .get_result(conn)
}
