use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::enums::BookFormat;
use crate::schema::products;

/// A book on sale. `format` holds a `BookFormat`; a product that is no longer sold keeps its
/// row (old orders point at it) with `active = false` and a `discontinued_at` time.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = products)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Product {
    pub id: i32,
    pub sku: String,
    pub title: String,
    pub author: Option<String>,
    pub format: String,
    pub price_cents: i32,
    pub stock: i32,
    pub active: bool,
    pub discontinued_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = products)]
pub struct NewProduct {
    pub sku: String,
    pub title: String,
    pub author: Option<String>,
    pub format: String,
    pub price_cents: i32,
    pub stock: i32,
}

impl Product {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Product> {
        products::table.find(id).select(Product::as_select()).first(conn)
    }

    pub fn list(conn: &mut SqliteConnection) -> QueryResult<Vec<Product>> {
        products::table
            .order(products::title.asc())
            .select(Product::as_select())
            .load(conn)
    }

    pub fn book_format(&self) -> Option<BookFormat> {
        BookFormat::parse(&self.format)
    }
}
