// @generated automatically by Diesel CLI.

diesel::table! {
    appointments (id) {
        id -> Integer,
        pet_id -> Integer,
        vet_id -> Integer,
        status -> Text,
        scheduled_at -> Timestamp,
        reason -> Text,
        notes -> Nullable<Text>,
    }
}

diesel::table! {
    invoices (id) {
        id -> Integer,
        appointment_id -> Integer,
        amount_cents -> BigInt,
        paid -> Bool,
        paid_at -> Nullable<Timestamp>,
        issued_at -> Timestamp,
    }
}

diesel::table! {
    owners (id) {
        id -> Integer,
        full_name -> Text,
        email -> Text,
        phone -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    pets (id) {
        id -> Integer,
        owner_id -> Integer,
        name -> Text,
        species -> Text,
        breed -> Nullable<Text>,
        born_on -> Nullable<Date>,
        weight_kg -> Double,
    }
}

diesel::table! {
    prescriptions (id) {
        id -> Integer,
        appointment_id -> Integer,
        medication -> Text,
        dosage -> Text,
        days -> Integer,
    }
}

diesel::table! {
    vets (id) {
        id -> Integer,
        full_name -> Text,
        email -> Text,
        specialty -> Text,
        active -> Bool,
        hired_on -> Date,
    }
}

diesel::joinable!(appointments -> pets (pet_id));
diesel::joinable!(appointments -> vets (vet_id));
diesel::joinable!(invoices -> appointments (appointment_id));
diesel::joinable!(pets -> owners (owner_id));
diesel::joinable!(prescriptions -> appointments (appointment_id));

diesel::allow_tables_to_appear_in_same_query!(
    appointments,
    invoices,
    owners,
    pets,
    prescriptions,
    vets,
);
