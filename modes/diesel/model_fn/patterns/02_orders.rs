// schema.rs
diesel::table! {
    orders (id) {
        id -> Integer,
        customer_id -> Integer,
        status -> Text,
        total_cents -> BigInt,
        placed_at -> Timestamp,
        shipped_at -> Nullable<Timestamp>,
    }
}

// models/order.rs
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderStatus {
    Pending,
    Shipped,
    Cancelled,
}

impl OrderStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            OrderStatus::Pending => "pending",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = orders)]
pub struct Order {
    pub id: i32,
    pub customer_id: i32,
    pub status: String,
    pub total_cents: i64,
    pub placed_at: NaiveDateTime,
    pub shipped_at: Option<NaiveDateTime>,
}

impl Order {
    /// Orders in one status, oldest first.
    pub fn list_by_status(conn: &mut SqliteConnection, status: OrderStatus) -> QueryResult<Vec<Order>> {
        orders::table
            .filter(orders::status.eq(status.as_str()))
            .order(orders::placed_at.asc())
            .select(Order::as_select())
            .load(conn)
    }

    /// Set the status of one order.
    pub fn update_status(conn: &mut SqliteConnection, id: i32, status: OrderStatus) -> QueryResult<usize> {
        diesel::update(orders::table.find(id))
            .set(orders::status.eq(status.as_str()))
            .execute(conn)
    }

    /// Mark an order shipped now.
    pub fn mark_shipped(conn: &mut SqliteConnection, id: i32) -> QueryResult<usize> {
        diesel::update(orders::table.find(id))
            .set((
                orders::status.eq(OrderStatus::Shipped.as_str()),
                orders::shipped_at.eq(Some(Utc::now().naive_utc())),
            ))
            .execute(conn)
    }

    /// The most recent orders of a customer.
    pub fn latest_for_customer(conn: &mut SqliteConnection, customer_id: i32, limit: i64) -> QueryResult<Vec<Order>> {
        orders::table
            .filter(orders::customer_id.eq(customer_id))
            .order(orders::placed_at.desc())
            .limit(limit)
            .select(Order::as_select())
            .load(conn)
    }

    /// Orders placed in a time range.
    pub fn placed_between(conn: &mut SqliteConnection, from: NaiveDateTime, to: NaiveDateTime) -> QueryResult<Vec<Order>> {
        orders::table
            .filter(orders::placed_at.ge(from))
            .filter(orders::placed_at.lt(to))
            .order(orders::placed_at.asc())
            .select(Order::as_select())
            .load(conn)
    }
}
