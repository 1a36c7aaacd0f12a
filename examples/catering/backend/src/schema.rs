// @generated automatically by Diesel CLI.

diesel::table! {
    customers (id) {
        id -> Integer,
        name -> Text,
        email -> Text,
        phone -> Nullable<Text>,
    }
}

diesel::table! {
    events (id) {
        id -> Integer,
        customer_id -> Integer,
        title -> Text,
        event_date -> Text,
        guests -> Integer,
        venue -> Text,
    }
}

diesel::table! {
    menu_items (id) {
        id -> Integer,
        name -> Text,
        course -> Text,
        price_cents -> Integer,
        vegetarian -> Bool,
    }
}

diesel::joinable!(events -> customers (customer_id));

diesel::allow_tables_to_appear_in_same_query!(
    customers,
    events,
    menu_items,
);
