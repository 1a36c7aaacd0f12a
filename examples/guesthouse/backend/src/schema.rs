// @generated automatically by Diesel CLI.

diesel::table! {
    bookings (id) {
        id -> Integer,
        guest_id -> Integer,
        room_id -> Integer,
        arrival_date -> Date,
        departure_date -> Date,
        adults -> Integer,
        children -> Integer,
        status -> Text,
        source -> Text,
        total_cents -> BigInt,
        deposit_cents -> Integer,
        deposit_paid -> Bool,
        special_requests -> Nullable<Text>,
        booked_at -> Timestamp,
        checked_in_at -> Nullable<Timestamp>,
        checked_out_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    extras (id) {
        id -> Integer,
        booking_id -> Integer,
        description -> Text,
        quantity -> Integer,
        unit_price_cents -> Integer,
        added_on -> Date,
        on_the_house -> Bool,
    }
}

diesel::table! {
    guests (id) {
        id -> Integer,
        first_name -> Text,
        last_name -> Text,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        home_town -> Text,
        country -> Text,
        newsletter -> Bool,
        blacklisted -> Bool,
        first_stayed_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    payments (id) {
        id -> Integer,
        booking_id -> Integer,
        amount_cents -> BigInt,
        method -> Text,
        is_deposit -> Bool,
        refunded -> Bool,
        paid_at -> Timestamp,
        reference -> Nullable<Text>,
    }
}

diesel::table! {
    reviews (id) {
        id -> Integer,
        booking_id -> Integer,
        stars -> Integer,
        comment -> Nullable<Text>,
        written_on -> Date,
        published -> Bool,
        our_reply -> Nullable<Text>,
        replied_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    room_cleanings (id) {
        id -> Integer,
        room_id -> Integer,
        due_on -> Date,
        kind -> Text,
        cleaner_name -> Nullable<Text>,
        done -> Bool,
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    rooms (id) {
        id -> Integer,
        name -> Text,
        floor -> Integer,
        sleeps -> Integer,
        sea_view -> Bool,
        dogs_allowed -> Bool,
        size_sqm -> Double,
        nightly_rate_cents -> Integer,
        out_of_use -> Bool,
        notes -> Nullable<Text>,
    }
}

diesel::joinable!(bookings -> guests (guest_id));
diesel::joinable!(bookings -> rooms (room_id));
diesel::joinable!(extras -> bookings (booking_id));
diesel::joinable!(payments -> bookings (booking_id));
diesel::joinable!(reviews -> bookings (booking_id));
diesel::joinable!(room_cleanings -> rooms (room_id));

diesel::allow_tables_to_appear_in_same_query!(
    bookings,
    extras,
    guests,
    payments,
    reviews,
    room_cleanings,
    rooms,
);
