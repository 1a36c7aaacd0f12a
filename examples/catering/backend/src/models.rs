use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::{customers, events, menu_items};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = customers)]
pub struct Customer {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = customers)]
pub struct NewCustomer {
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = events)]
pub struct Event {
    pub id: i32,
    pub customer_id: i32,
    pub title: String,
    pub event_date: String,
    pub guests: i32,
    pub venue: String,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = events)]
pub struct NewEvent {
    pub customer_id: i32,
    pub title: String,
    pub event_date: String,
    pub guests: i32,
    pub venue: String,
}

impl Event {
    pub fn for_customer(conn: &mut SqliteConnection, customer: i32) -> QueryResult<Vec<Event>> {
        events::table
            .filter(events::customer_id.eq(customer))
            .order(events::event_date.asc())
            .select(Event::as_select())
            .load(conn)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = menu_items)]
pub struct MenuItem {
    pub id: i32,
    pub name: String,
    pub course: String,
    pub price_cents: i32,
    pub vegetarian: bool,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = menu_items)]
pub struct NewMenuItem {
    pub name: String,
    pub course: String,
    pub price_cents: i32,
    pub vegetarian: bool,
}

#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = menu_items)]
pub struct UpdateMenuItem {
    pub name: Option<String>,
    pub course: Option<String>,
    pub price_cents: Option<i32>,
    pub vegetarian: Option<bool>,
}
