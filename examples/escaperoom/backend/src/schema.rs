// @generated automatically by Diesel CLI.

diesel::table! {
    bookings (id) {
        id -> Integer,
        room_id -> Integer,
        group_name -> Text,
        contact_phone -> Text,
        starts_at -> Timestamp,
        players -> Integer,
        status -> Text,
    }
}

diesel::table! {
    game_results (id) {
        id -> Integer,
        booking_id -> Integer,
        escaped -> Bool,
        minutes_taken -> Integer,
    }
}

diesel::table! {
    rooms (id) {
        id -> Integer,
        name -> Text,
        difficulty -> Integer,
        max_players -> Integer,
        price_per_person_cents -> Integer,
    }
}

diesel::joinable!(bookings -> rooms (room_id));
diesel::joinable!(game_results -> bookings (booking_id));

diesel::allow_tables_to_appear_in_same_query!(
    bookings,
    game_results,
    rooms,
);
