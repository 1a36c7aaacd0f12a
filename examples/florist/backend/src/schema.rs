// @generated automatically by Diesel CLI.

diesel::table! {
    bouquets (id) {
        id -> Integer,
        name -> Text,
        price_cents -> Integer,
        in_stock -> Bool,
    }
}

diesel::table! {
    customers (id) {
        id -> Integer,
        name -> Text,
        phone -> Text,
        email -> Nullable<Text>,
    }
}

diesel::table! {
    orders (id) {
        id -> Integer,
        customer_id -> Integer,
        bouquet_id -> Integer,
        delivery_date -> Date,
        delivery_address -> Text,
        card_message -> Text,
        status -> Text,
        paid -> Bool,
    }
}

diesel::joinable!(orders -> bouquets (bouquet_id));
diesel::joinable!(orders -> customers (customer_id));

diesel::allow_tables_to_appear_in_same_query!(bouquets, customers, orders);
