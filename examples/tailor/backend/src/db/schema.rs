// @generated automatically by Diesel CLI.

diesel::table! {
    clients (id) {
        id -> Integer,
        name -> Text,
        phone -> Text,
        email -> Nullable<Text>,
    }
}

diesel::table! {
    garments (id) {
        id -> Integer,
        client_id -> Integer,
        kind -> Text,
        description -> Text,
    }
}

diesel::table! {
    jobs (id) {
        id -> Integer,
        garment_id -> Integer,
        work -> Text,
        price_cents -> Integer,
        promised_by -> Date,
        ready -> Bool,
        picked_up -> Bool,
    }
}

diesel::joinable!(garments -> clients (client_id));
diesel::joinable!(jobs -> garments (garment_id));

diesel::allow_tables_to_appear_in_same_query!(
    clients,
    garments,
    jobs,
);
