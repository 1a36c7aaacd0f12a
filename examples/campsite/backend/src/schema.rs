// @generated automatically by Diesel CLI.

diesel::table! {
    bookings (id) {
        id -> Integer,
        guest_id -> Integer,
        pitch_id -> Integer,
        arrival_date -> Date,
        departure_date -> Date,
        adults -> Integer,
        children -> Integer,
        dogs -> Integer,
        status -> Text,
        total_cents -> BigInt,
        deposit_cents -> Integer,
        deposit_paid -> Bool,
        booked_at -> Timestamp,
        checked_in_at -> Nullable<Timestamp>,
        checked_out_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    guests (id) {
        id -> Integer,
        full_name -> Text,
        email -> Text,
        phone -> Nullable<Text>,
        home_town -> Text,
        country -> Text,
        car_registration -> Nullable<Text>,
        banned -> Bool,
        wants_newsletter -> Bool,
        first_visit_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    hire_items (id) {
        id -> Integer,
        booking_id -> Integer,
        item -> Text,
        quantity -> Integer,
        daily_price_cents -> Integer,
        handed_out_on -> Date,
        returned_on -> Nullable<Date>,
        damaged -> Bool,
    }
}

diesel::table! {
    payments (id) {
        id -> Integer,
        booking_id -> Integer,
        amount_cents -> BigInt,
        method -> Text,
        taken_on -> Date,
        refunded -> Bool,
        note -> Nullable<Text>,
    }
}

diesel::table! {
    pitch_repairs (id) {
        id -> Integer,
        pitch_id -> Integer,
        problem -> Text,
        urgent -> Bool,
        reported_on -> Date,
        fixed_on -> Nullable<Date>,
        cost_cents -> Nullable<Integer>,
    }
}

diesel::table! {
    pitches (id) {
        id -> Integer,
        code -> Text,
        field_name -> Text,
        kind -> Text,
        has_hookup -> Bool,
        max_people -> Integer,
        length_metres -> Double,
        nightly_rate_cents -> Integer,
        closed_for_season -> Bool,
        notes -> Nullable<Text>,
    }
}

diesel::joinable!(bookings -> guests (guest_id));
diesel::joinable!(bookings -> pitches (pitch_id));
diesel::joinable!(hire_items -> bookings (booking_id));
diesel::joinable!(payments -> bookings (booking_id));
diesel::joinable!(pitch_repairs -> pitches (pitch_id));

diesel::allow_tables_to_appear_in_same_query!(
    bookings,
    guests,
    hire_items,
    payments,
    pitch_repairs,
    pitches,
);
