diesel::table! {
    customers (id) {
        id -> Integer,
        name -> Text,
        phone -> Text,
    }
}

diesel::table! {
    vehicles (id) {
        id -> Integer,
        customer_id -> Integer,
        plate -> Text,
        make -> Text,
        model -> Text,
        year -> Integer,
    }
}

diesel::table! {
    repairs (id) {
        id -> Integer,
        vehicle_id -> Integer,
        description -> Text,
        status -> Text,
        price_cents -> Integer,
        opened_on -> Text,
        closed_on -> Nullable<Text>,
    }
}

diesel::joinable!(vehicles -> customers (customer_id));
diesel::joinable!(repairs -> vehicles (vehicle_id));

diesel::allow_tables_to_appear_in_same_query!(customers, vehicles, repairs);
