use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::schema::{clients, garments, jobs};

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable)]
#[diesel(table_name = clients)]
pub struct Client {
    pub id: i32,
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = clients)]
pub struct NewClient {
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
}

#[derive(Debug, Deserialize, AsChangeset)]
#[diesel(table_name = clients)]
pub struct ClientChanges {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable, Associations)]
#[diesel(belongs_to(Client))]
#[diesel(table_name = garments)]
pub struct Garment {
    pub id: i32,
    pub client_id: i32,
    pub kind: String,
    pub description: String,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = garments)]
pub struct NewGarment {
    pub client_id: i32,
    pub kind: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize, Queryable, Selectable, Identifiable, Associations)]
#[diesel(belongs_to(Garment))]
#[diesel(table_name = jobs)]
pub struct Job {
    pub id: i32,
    pub garment_id: i32,
    pub work: String,
    pub price_cents: i32,
    pub promised_by: NaiveDate,
    pub ready: bool,
    pub picked_up: bool,
}

#[derive(Debug, Deserialize, Insertable)]
#[diesel(table_name = jobs)]
pub struct NewJob {
    pub garment_id: i32,
    pub work: String,
    pub price_cents: i32,
    pub promised_by: NaiveDate,
}

#[derive(Debug, Deserialize, AsChangeset)]
#[diesel(table_name = jobs)]
pub struct JobChanges {
    pub work: Option<String>,
    pub price_cents: Option<i32>,
    pub promised_by: Option<NaiveDate>,
    pub ready: Option<bool>,
    pub picked_up: Option<bool>,
}
