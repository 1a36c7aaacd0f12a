// @generated automatically by Diesel CLI.

diesel::table! {
    customers (id) {
        id -> Integer,
        full_name -> Text,
        email -> Text,
        loyalty_points -> Integer,
        newsletter -> Bool,
        joined_at -> Timestamp,
    }
}

diesel::table! {
    plants (id) {
        id -> Integer,
        supplier_id -> Integer,
        common_name -> Text,
        latin_name -> Nullable<Text>,
        price_cents -> Integer,
        stock -> Integer,
        hardy -> Bool,
        potted_on -> Nullable<Date>,
    }
}

diesel::table! {
    suppliers (id) {
        id -> Integer,
        name -> Text,
        email -> Nullable<Text>,
        region -> Text,
        active -> Bool,
    }
}

diesel::joinable!(plants -> suppliers (supplier_id));

diesel::allow_tables_to_appear_in_same_query!(
    customers,
    plants,
    suppliers,
);
