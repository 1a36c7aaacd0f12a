// @generated automatically by Diesel CLI.

diesel::table! {
    bikes (id) {
        id -> Integer,
        customer_id -> Integer,
        make -> Text,
        model -> Text,
        colour -> Text,
        frame_number -> Nullable<Text>,
        year_made -> Nullable<Integer>,
        is_ebike -> Bool,
        last_serviced_on -> Nullable<Date>,
    }
}

diesel::table! {
    customers (id) {
        id -> Integer,
        full_name -> Text,
        phone -> Nullable<Text>,
        email -> Nullable<Text>,
        town -> Text,
        joined_on -> Date,
        wants_newsletter -> Bool,
        trade_account -> Bool,
        notes -> Nullable<Text>,
    }
}

diesel::table! {
    job_parts (id) {
        id -> Integer,
        repair_job_id -> Integer,
        part_id -> Integer,
        quantity -> Integer,
        price_each_cents -> Integer,
        added_at -> Timestamp,
    }
}

diesel::table! {
    mechanics (id) {
        id -> Integer,
        name -> Text,
        hourly_rate_cents -> Integer,
        still_employed -> Bool,
        started_on -> Date,
    }
}

diesel::table! {
    parts (id) {
        id -> Integer,
        name -> Text,
        category -> Text,
        brand -> Nullable<Text>,
        sell_price_cents -> Integer,
        cost_price_cents -> Integer,
        stock_count -> Integer,
        reorder_level -> Integer,
        used -> Bool,
        discontinued -> Bool,
        weight_kg -> Nullable<Double>,
    }
}

diesel::table! {
    repair_jobs (id) {
        id -> Integer,
        bike_id -> Integer,
        mechanic_id -> Nullable<Integer>,
        status -> Text,
        problem -> Text,
        quote_cents -> Integer,
        final_price_cents -> Nullable<Integer>,
        booked_in_on -> Date,
        promised_for -> Date,
        finished_at -> Nullable<Timestamp>,
        collected_at -> Nullable<Timestamp>,
        paid -> Bool,
        urgent -> Bool,
    }
}

diesel::table! {
    used_bikes (id) {
        id -> Integer,
        make -> Text,
        model -> Text,
        bike_type -> Text,
        condition -> Text,
        frame_size_cm -> Double,
        asking_price_cents -> BigInt,
        paid_for_it_cents -> BigInt,
        bought_in_on -> Date,
        on_display -> Bool,
        reserved -> Bool,
        sold_on -> Nullable<Date>,
        sold_price_cents -> Nullable<BigInt>,
        customer_id -> Nullable<Integer>,
    }
}

diesel::joinable!(bikes -> customers (customer_id));
diesel::joinable!(job_parts -> parts (part_id));
diesel::joinable!(job_parts -> repair_jobs (repair_job_id));
diesel::joinable!(repair_jobs -> bikes (bike_id));
diesel::joinable!(repair_jobs -> mechanics (mechanic_id));
diesel::joinable!(used_bikes -> customers (customer_id));

diesel::allow_tables_to_appear_in_same_query!(
    bikes,
    customers,
    job_parts,
    mechanics,
    parts,
    repair_jobs,
    used_bikes,
);
