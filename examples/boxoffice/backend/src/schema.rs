// @generated automatically by Diesel CLI.

diesel::table! {
    bookings (id) {
        id -> Integer,
        patron_id -> Integer,
        reference -> Text,
        channel -> Text,
        status -> Text,
        total_cents -> BigInt,
        booking_fee_cents -> Integer,
        gift_aid -> Bool,
        booked_at -> Timestamp,
        paid_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
        notes -> Nullable<Text>,
    }
}

diesel::table! {
    patrons (id) {
        id -> Integer,
        first_name -> Text,
        last_name -> Text,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        town -> Text,
        is_friend_of_theatre -> Bool,
        friend_since -> Nullable<Date>,
        mailing_list -> Bool,
        date_of_birth -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    performances (id) {
        id -> Integer,
        show_id -> Integer,
        starts_at -> Timestamp,
        is_matinee -> Bool,
        status -> Text,
        seats_available -> Integer,
        full_price_cents -> Integer,
        concession_price_cents -> Integer,
        cancelled_at -> Nullable<Timestamp>,
        cancel_reason -> Nullable<Text>,
    }
}

diesel::table! {
    seats (id) {
        id -> Integer,
        seat_row -> Text,
        seat_number -> Integer,
        area -> Text,
        wheelchair_space -> Bool,
        restricted_view -> Bool,
        price_factor -> Double,
    }
}

diesel::table! {
    shows (id) {
        id -> Integer,
        title -> Text,
        playwright -> Nullable<Text>,
        director -> Nullable<Text>,
        blurb -> Nullable<Text>,
        running_time_minutes -> Integer,
        has_interval -> Bool,
        family_friendly -> Bool,
        opening_night -> Date,
        closing_night -> Date,
        archived -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    tickets (id) {
        id -> Integer,
        booking_id -> Integer,
        performance_id -> Integer,
        seat_id -> Integer,
        price_cents -> Integer,
        concession -> Bool,
        printed -> Bool,
        scanned_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(bookings -> patrons (patron_id));
diesel::joinable!(performances -> shows (show_id));
diesel::joinable!(tickets -> bookings (booking_id));
diesel::joinable!(tickets -> performances (performance_id));
diesel::joinable!(tickets -> seats (seat_id));

diesel::allow_tables_to_appear_in_same_query!(
    bookings,
    patrons,
    performances,
    seats,
    shows,
    tickets,
);
