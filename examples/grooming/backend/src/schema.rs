// @generated automatically by Diesel CLI.

diesel::table! {
    appointments (id) {
        id -> Integer,
        dog_id -> Integer,
        starts_at -> Text,
        service -> Text,
        price_cents -> Integer,
        status -> Text,
    }
}

diesel::table! {
    clients (id) {
        id -> Integer,
        name -> Text,
        phone -> Text,
        email -> Nullable<Text>,
    }
}

diesel::table! {
    dogs (id) {
        id -> Integer,
        client_id -> Integer,
        name -> Text,
        breed -> Text,
        size -> Text,
    }
}

diesel::joinable!(appointments -> dogs (dog_id));
diesel::joinable!(dogs -> clients (client_id));

diesel::allow_tables_to_appear_in_same_query!(
    appointments,
    clients,
    dogs,
);
