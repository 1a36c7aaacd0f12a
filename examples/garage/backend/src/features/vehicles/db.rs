use diesel::prelude::*;

use crate::models::{NewVehicle, Vehicle, VehicleChanges};
use crate::schema::vehicles;

pub fn all_vehicles(conn: &mut SqliteConnection) -> QueryResult<Vec<Vehicle>> {
    vehicles::table
        .order(vehicles::id.asc())
        .select(Vehicle::as_select())
        .load(conn)
}

pub fn find_vehicle(conn: &mut SqliteConnection, vehicle_id: i32) -> QueryResult<Option<Vehicle>> {
    vehicles::table
        .find(vehicle_id)
        .select(Vehicle::as_select())
        .first(conn)
        .optional()
}

/// Looks a car up by its number plate, as written on the plate (e.g. "KA-123-BX").
pub fn find_by_plate(conn: &mut SqliteConnection, plate: &str) -> QueryResult<Option<Vehicle>> {
    vehicles::table
        .filter(vehicles::plate.eq(plate))
        .select(Vehicle::as_select())
        .first(conn)
        .optional()
}

/// Every car one customer has brought in.
pub fn vehicles_for_customer(conn: &mut SqliteConnection, customer_id: i32) -> QueryResult<Vec<Vehicle>> {
    vehicles::table
        .filter(vehicles::customer_id.eq(customer_id))
        .order(vehicles::id.asc())
        .select(Vehicle::as_select())
        .load(conn)
}

pub fn insert_vehicle(conn: &mut SqliteConnection, new_vehicle: &NewVehicle) -> QueryResult<Vehicle> {
    diesel::insert_into(vehicles::table)
        .values(new_vehicle)
        .returning(Vehicle::as_returning())
        .get_result(conn)
}

pub fn update_vehicle(
    conn: &mut SqliteConnection,
    vehicle_id: i32,
    changes: &VehicleChanges,
) -> QueryResult<Option<Vehicle>> {
    diesel::update(vehicles::table.find(vehicle_id))
        .set(changes)
        .returning(Vehicle::as_returning())
        .get_result(conn)
        .optional()
}

/// Returns how many rows were removed (0 when the vehicle did not exist).
pub fn delete_vehicle(conn: &mut SqliteConnection, vehicle_id: i32) -> QueryResult<usize> {
    diesel::delete(vehicles::table.find(vehicle_id)).execute(conn)
}
