// @generated automatically by Diesel CLI.

diesel::table! {
    bikes (id) {
        id -> Integer,
        name -> Text,
        kind -> Text,
        hourly_rate_cents -> Integer,
        in_service -> Bool,
    }
}

diesel::table! {
    hires (id) {
        id -> Integer,
        rider_id -> Integer,
        bike_id -> Integer,
        started_at -> Text,
        ended_at -> Nullable<Text>,
        total_cents -> Nullable<Integer>,
    }
}

diesel::table! {
    riders (id) {
        id -> Integer,
        name -> Text,
        phone -> Text,
        email -> Nullable<Text>,
    }
}

diesel::joinable!(hires -> bikes (bike_id));
diesel::joinable!(hires -> riders (rider_id));

diesel::allow_tables_to_appear_in_same_query!(
    bikes,
    hires,
    riders,
);
