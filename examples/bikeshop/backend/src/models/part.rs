use diesel::prelude::*;
use serde::{Deserialize, Serialize};

/// A part or accessory on the shelf (new or second-hand), with what we pay and what we charge.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = crate::schema::parts)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Part {
    pub id: i32,
    pub name: String,
    pub category: String,
    pub brand: Option<String>,
    pub sell_price_cents: i32,
    pub cost_price_cents: i32,
    pub stock_count: i32,
    pub reorder_level: i32,
    pub used: bool,
    pub discontinued: bool,
    pub weight_kg: Option<f64>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = crate::schema::parts)]
pub struct NewPart {
    pub name: String,
    pub category: String,
    pub brand: Option<String>,
    pub sell_price_cents: i32,
    pub cost_price_cents: i32,
    pub stock_count: i32,
    pub reorder_level: i32,
    pub used: bool,
    pub discontinued: bool,
    pub weight_kg: Option<f64>,
}

impl Part {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Option<Part>> {
        crate::schema::parts::table
            .find(id)
            .select(Part::as_select())
            .first(conn)
            .optional()
    }

    pub fn list_all(conn: &mut SqliteConnection) -> QueryResult<Vec<Part>> {
        crate::schema::parts::table
            .order(crate::schema::parts::name.asc())
            .select(Part::as_select())
            .load(conn)
    }
}
