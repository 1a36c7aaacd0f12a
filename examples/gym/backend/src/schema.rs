// @generated automatically by Diesel CLI.

diesel::table! {
    bookings (id) {
        id -> Integer,
        member_id -> Integer,
        class_id -> Integer,
        status -> Text,
        booked_at -> Timestamp,
        checked_in_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    classes (id) {
        id -> Integer,
        title -> Text,
        coach_id -> Integer,
        room -> Nullable<Text>,
        starts_at -> Timestamp,
        duration_minutes -> Integer,
        capacity -> Integer,
        cancelled -> Bool,
    }
}

diesel::table! {
    coaches (id) {
        id -> Integer,
        full_name -> Text,
        email -> Text,
        specialty -> Text,
        bio -> Nullable<Text>,
        rating -> Double,
        active -> Bool,
        hired_on -> Date,
    }
}

diesel::table! {
    members (id) {
        id -> Integer,
        full_name -> Text,
        email -> Text,
        phone -> Nullable<Text>,
        tier -> Text,
        active -> Bool,
        joined_on -> Date,
        cancelled_at -> Nullable<Timestamp>,
        weight_kg -> Nullable<Double>,
    }
}

diesel::table! {
    payments (id) {
        id -> Integer,
        member_id -> Integer,
        amount_cents -> BigInt,
        paid_on -> Date,
        refunded -> Bool,
        refunded_at -> Nullable<Timestamp>,
        note -> Nullable<Text>,
    }
}

diesel::joinable!(bookings -> classes (class_id));
diesel::joinable!(bookings -> members (member_id));
diesel::joinable!(classes -> coaches (coach_id));
diesel::joinable!(payments -> members (member_id));

diesel::allow_tables_to_appear_in_same_query!(
    bookings,
    classes,
    coaches,
    members,
    payments,
);
