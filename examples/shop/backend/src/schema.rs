// @generated automatically by Diesel CLI.

diesel::table! {
    customers (id) {
        id -> Integer,
        email -> Text,
        full_name -> Text,
        city -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    order_items (id) {
        id -> Integer,
        order_id -> Integer,
        product_id -> Integer,
        quantity -> Integer,
        unit_price_cents -> Integer,
    }
}

diesel::table! {
    orders (id) {
        id -> Integer,
        customer_id -> Integer,
        status -> Text,
        placed_at -> Timestamp,
        shipped_at -> Nullable<Timestamp>,
        total_cents -> BigInt,
    }
}

diesel::table! {
    products (id) {
        id -> Integer,
        sku -> Text,
        title -> Text,
        author -> Nullable<Text>,
        format -> Text,
        price_cents -> Integer,
        stock -> Integer,
        active -> Bool,
        discontinued_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reviews (id) {
        id -> Integer,
        product_id -> Integer,
        customer_id -> Integer,
        rating -> Integer,
        body -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(order_items -> orders (order_id));
diesel::joinable!(order_items -> products (product_id));
diesel::joinable!(orders -> customers (customer_id));
diesel::joinable!(reviews -> customers (customer_id));
diesel::joinable!(reviews -> products (product_id));

diesel::allow_tables_to_appear_in_same_query!(
    customers,
    order_items,
    orders,
    products,
    reviews,
);
