use diesel::prelude::*;
use serde::Serialize;

use crate::models::order::Order;
use crate::models::product::Product;
use crate::schema::order_items;

/// One line of an order, with the unit price the customer paid.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = order_items)]
#[diesel(belongs_to(Order))]
#[diesel(belongs_to(Product))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct OrderItem {
    pub id: i32,
    pub order_id: i32,
    pub product_id: i32,
    pub quantity: i32,
    pub unit_price_cents: i32,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = order_items)]
pub struct NewOrderItem {
    pub order_id: i32,
    pub product_id: i32,
    pub quantity: i32,
    pub unit_price_cents: i32,
}

impl OrderItem {
    pub fn list_for_order(conn: &mut SqliteConnection, order_id: i32) -> QueryResult<Vec<OrderItem>> {
        order_items::table
            .filter(order_items::order_id.eq(order_id))
            .order(order_items::id.asc())
            .select(OrderItem::as_select())
            .load(conn)
    }
}
