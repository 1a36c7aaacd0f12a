use diesel::prelude::*;

use crate::models::{NewRepair, Repair, RepairChanges};
use crate::schema::repairs;

pub fn all_repairs(conn: &mut SqliteConnection) -> QueryResult<Vec<Repair>> {
    repairs::table
        .order(repairs::opened_on.desc())
        .select(Repair::as_select())
        .load(conn)
}

pub fn find_repair(conn: &mut SqliteConnection, repair_id: i32) -> QueryResult<Option<Repair>> {
    repairs::table
        .find(repair_id)
        .select(Repair::as_select())
        .first(conn)
        .optional()
}

/// Jobs that are not finished yet ("open" or "in_progress"), oldest first.
pub fn unfinished_repairs(conn: &mut SqliteConnection) -> QueryResult<Vec<Repair>> {
    repairs::table
        .filter(repairs::status.ne("done"))
        .order(repairs::opened_on.asc())
        .select(Repair::as_select())
        .load(conn)
}

/// The whole history of one car.
pub fn repairs_for_vehicle(conn: &mut SqliteConnection, vehicle_id: i32) -> QueryResult<Vec<Repair>> {
    repairs::table
        .filter(repairs::vehicle_id.eq(vehicle_id))
        .order(repairs::opened_on.desc())
        .select(Repair::as_select())
        .load(conn)
}

pub fn insert_repair(conn: &mut SqliteConnection, new_repair: &NewRepair) -> QueryResult<Repair> {
    diesel::insert_into(repairs::table)
        .values(new_repair)
        .returning(Repair::as_returning())
        .get_result(conn)
}

pub fn update_repair(
    conn: &mut SqliteConnection,
    repair_id: i32,
    changes: &RepairChanges,
) -> QueryResult<Option<Repair>> {
    diesel::update(repairs::table.find(repair_id))
        .set(changes)
        .returning(Repair::as_returning())
        .get_result(conn)
        .optional()
}

/// Marks a job as done on the given day ("2026-12-11").
pub fn close_repair(conn: &mut SqliteConnection, repair_id: i32, closed_on: &str) -> QueryResult<Option<Repair>> {
    diesel::update(repairs::table.find(repair_id))
        .set((repairs::status.eq("done"), repairs::closed_on.eq(Some(closed_on))))
        .returning(Repair::as_returning())
        .get_result(conn)
        .optional()
}

/// Returns how many rows were removed (0 when the repair did not exist).
pub fn delete_repair(conn: &mut SqliteConnection, repair_id: i32) -> QueryResult<usize> {
    diesel::delete(repairs::table.find(repair_id)).execute(conn)
}
