// @generated automatically by Diesel CLI.

diesel::table! {
    batches (id) {
        id -> Integer,
        batch_code -> Text,
        recipe_id -> Integer,
        tank_id -> Integer,
        status -> Text,
        brewed_on -> Date,
        volume_litres -> Double,
        original_gravity -> Nullable<Double>,
        bottled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    customers (id) {
        id -> Integer,
        name -> Text,
        kind -> Text,
        email -> Text,
        phone -> Nullable<Text>,
        city -> Text,
        active -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    deliveries (id) {
        id -> Integer,
        customer_id -> Integer,
        keg_id -> Integer,
        batch_id -> Integer,
        scheduled_on -> Date,
        delivered_at -> Nullable<Timestamp>,
        price_cents -> BigInt,
        paid -> Bool,
        paid_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    kegs (id) {
        id -> Integer,
        serial -> Text,
        size_litres -> Integer,
        filled_at -> Nullable<Timestamp>,
        returned -> Bool,
        last_cleaned_on -> Nullable<Date>,
    }
}

diesel::table! {
    recipes (id) {
        id -> Integer,
        name -> Text,
        style -> Text,
        abv -> Double,
        ibu -> Nullable<Integer>,
        boil_minutes -> Integer,
        retired -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    tanks (id) {
        id -> Integer,
        name -> Text,
        capacity_litres -> Integer,
        location -> Nullable<Text>,
        in_service -> Bool,
        last_cleaned_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    tasting_notes (id) {
        id -> Integer,
        batch_id -> Integer,
        taster -> Text,
        score -> Integer,
        notes -> Nullable<Text>,
        tasted_at -> Timestamp,
    }
}

diesel::joinable!(batches -> recipes (recipe_id));
diesel::joinable!(batches -> tanks (tank_id));
diesel::joinable!(deliveries -> batches (batch_id));
diesel::joinable!(deliveries -> customers (customer_id));
diesel::joinable!(deliveries -> kegs (keg_id));
diesel::joinable!(tasting_notes -> batches (batch_id));

diesel::allow_tables_to_appear_in_same_query!(
    batches,
    customers,
    deliveries,
    kegs,
    recipes,
    tanks,
    tasting_notes,
);
