use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::{customers, repairs, vehicles};

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable)]
#[diesel(table_name = customers)]
pub struct Customer {
    pub id: i32,
    pub name: String,
    pub phone: String,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = customers)]
pub struct NewCustomer {
    pub name: String,
    pub phone: String,
}

/// Full replacement of a customer's details (PUT).
#[derive(Debug, Deserialize, AsChangeset)]
#[diesel(table_name = customers)]
pub struct CustomerChanges {
    pub name: String,
    pub phone: String,
}

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable, Associations)]
#[diesel(belongs_to(Customer))]
#[diesel(table_name = vehicles)]
pub struct Vehicle {
    pub id: i32,
    pub customer_id: i32,
    pub plate: String,
    pub make: String,
    pub model: String,
    pub year: i32,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = vehicles)]
pub struct NewVehicle {
    pub customer_id: i32,
    pub plate: String,
    pub make: String,
    pub model: String,
    pub year: i32,
}

#[derive(Debug, Deserialize, AsChangeset)]
#[diesel(table_name = vehicles)]
pub struct VehicleChanges {
    pub customer_id: i32,
    pub plate: String,
    pub make: String,
    pub model: String,
    pub year: i32,
}

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable, Associations)]
#[diesel(belongs_to(Vehicle))]
#[diesel(table_name = repairs)]
pub struct Repair {
    pub id: i32,
    pub vehicle_id: i32,
    pub description: String,
    pub status: String,
    pub price_cents: i32,
    pub opened_on: String,
    pub closed_on: Option<String>,
}

/// A new job card. The database fills in `status` ("open") and `opened_on` (today).
#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = repairs)]
pub struct NewRepair {
    pub vehicle_id: i32,
    pub description: String,
    pub price_cents: i32,
}

/// Partial edit of a job card: only the fields that are sent are changed.
#[derive(Debug, Deserialize, AsChangeset)]
#[diesel(table_name = repairs)]
pub struct RepairChanges {
    pub description: Option<String>,
    pub status: Option<String>,
    pub price_cents: Option<i32>,
}
