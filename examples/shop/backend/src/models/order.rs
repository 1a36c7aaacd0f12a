use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::models::customer::Customer;
use crate::models::enums::OrderStatus;
use crate::models::order_item::OrderItem;
use crate::schema::orders;

/// An order of one customer. `status` holds an `OrderStatus`; `shipped_at` is set when the
/// parcel leaves the warehouse.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = orders)]
#[diesel(belongs_to(Customer))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Order {
    pub id: i32,
    pub customer_id: i32,
    pub status: String,
    pub placed_at: NaiveDateTime,
    pub shipped_at: Option<NaiveDateTime>,
    pub total_cents: i64,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = orders)]
pub struct NewOrder {
    pub customer_id: i32,
    pub status: String,
    pub placed_at: NaiveDateTime,
    pub total_cents: i64,
}

impl Order {
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Order> {
        orders::table.find(id).select(Order::as_select()).first(conn)
    }

    pub fn items(&self, conn: &mut SqliteConnection) -> QueryResult<Vec<OrderItem>> {
        OrderItem::belonging_to(self)
            .select(OrderItem::as_select())
            .load(conn)
    }

    pub fn order_status(&self) -> Option<OrderStatus> {
        OrderStatus::parse(&self.status)
    }
}
