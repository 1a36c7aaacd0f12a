use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::models::customer::Customer;
use crate::models::product::Product;
use crate::schema::reviews;

/// A customer's review of a product: a rating from 1 to 5 and an optional text.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = reviews)]
#[diesel(belongs_to(Product))]
#[diesel(belongs_to(Customer))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Review {
    pub id: i32,
    pub product_id: i32,
    pub customer_id: i32,
    pub rating: i32,
    pub body: Option<String>,
    pub created_at: NaiveDateTime,
}

impl Review {
    pub fn list_for_product(conn: &mut SqliteConnection, product_id: i32) -> QueryResult<Vec<Review>> {
        reviews::table
            .filter(reviews::product_id.eq(product_id))
            .order(reviews::created_at.desc())
            .select(Review::as_select())
            .load(conn)
    }
}
