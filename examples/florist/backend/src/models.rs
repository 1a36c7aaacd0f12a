use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use crate::schema::{bouquets, customers, orders};

#[derive(Debug, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = customers)]
pub struct Customer {
    pub id: i32,
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = customers)]
pub struct NewCustomer {
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
}

#[derive(Debug, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = bouquets)]
pub struct Bouquet {
    pub id: i32,
    pub name: String,
    pub price_cents: i32,
    pub in_stock: bool,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = bouquets)]
pub struct NewBouquet {
    pub name: String,
    pub price_cents: i32,
    pub in_stock: bool,
}

#[derive(Debug, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(belongs_to(Customer))]
#[diesel(belongs_to(Bouquet))]
#[diesel(table_name = orders)]
pub struct Order {
    pub id: i32,
    pub customer_id: i32,
    pub bouquet_id: i32,
    pub delivery_date: NaiveDate,
    pub delivery_address: String,
    pub card_message: String,
    pub status: String,
    pub paid: bool,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = orders)]
pub struct NewOrder {
    pub customer_id: i32,
    pub bouquet_id: i32,
    pub delivery_date: NaiveDate,
    pub delivery_address: String,
    pub card_message: String,
    pub status: String,
    pub paid: bool,
}
