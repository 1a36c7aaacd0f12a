// schema.rs
diesel::table! {
    products (id) {
        id -> Integer,
        sku -> Text,
        title -> Text,
        price_cents -> BigInt,
        in_stock -> Bool,
        weight_grams -> Double,
    }
}

// models/product.rs: read model
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = products)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Product {
    pub id: i32,
    pub sku: String,
    pub title: String,
    pub price_cents: i64,
    pub in_stock: bool,
    pub weight_grams: f64,
}

// models/product.rs: insert model
#[derive(Debug, Insertable)]
#[diesel(table_name = products)]
pub struct NewProduct {
    pub sku: String,
    pub title: String,
    pub price_cents: i64,
    pub in_stock: bool,
    pub weight_grams: f64,
}

// models/product.rs: changeset model
#[derive(Debug, AsChangeset)]
#[diesel(table_name = products)]
pub struct ProductChanges {
    pub title: Option<String>,
    pub price_cents: Option<i64>,
    pub in_stock: Option<bool>,
}
