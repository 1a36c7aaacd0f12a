// @generated automatically by Diesel CLI.

diesel::table! {
    cars (id) {
        id -> Integer,
        registration -> Text,
        make -> Text,
        model -> Text,
        gearbox -> Text,
        instructor_id -> Nullable<Integer>,
        mileage -> Integer,
        engine_litres -> Double,
        dual_controls -> Bool,
        off_road -> Bool,
        mot_due -> Date,
        insurance_renews_on -> Date,
    }
}

diesel::table! {
    driving_tests (id) {
        id -> Integer,
        student_id -> Integer,
        car_id -> Nullable<Integer>,
        test_centre -> Text,
        test_date -> Date,
        starts_at -> Timestamp,
        outcome -> Text,
        minor_faults -> Nullable<Integer>,
        fee_cents -> Integer,
        uses_school_car -> Bool,
        booked_on -> Date,
    }
}

diesel::table! {
    instructors (id) {
        id -> Integer,
        full_name -> Text,
        phone -> Text,
        email -> Text,
        adi_number -> Text,
        hourly_rate_cents -> Integer,
        average_rating -> Double,
        teaches_automatic -> Bool,
        active -> Bool,
        hired_on -> Date,
        left_on -> Nullable<Date>,
    }
}

diesel::table! {
    lessons (id) {
        id -> Integer,
        student_id -> Integer,
        instructor_id -> Integer,
        car_id -> Integer,
        starts_at -> Timestamp,
        minutes -> Integer,
        pickup_address -> Text,
        status -> Text,
        price_cents -> Integer,
        miles_driven -> Nullable<Double>,
        instructor_notes -> Nullable<Text>,
        cancelled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    payments (id) {
        id -> Integer,
        student_id -> Integer,
        amount_cents -> Integer,
        method -> Text,
        hours_bought -> Integer,
        reference -> Nullable<Text>,
        refunded -> Bool,
        paid_at -> Timestamp,
    }
}

diesel::table! {
    students (id) {
        id -> Integer,
        first_name -> Text,
        last_name -> Text,
        phone -> Text,
        email -> Nullable<Text>,
        date_of_birth -> Date,
        provisional_licence -> Text,
        instructor_id -> Integer,
        wants_automatic -> Bool,
        theory_passed -> Bool,
        on_hold -> Bool,
        prepaid_hours -> Integer,
        enrolled_on -> Date,
        passed_on -> Nullable<Date>,
    }
}

diesel::joinable!(cars -> instructors (instructor_id));
diesel::joinable!(driving_tests -> cars (car_id));
diesel::joinable!(driving_tests -> students (student_id));
diesel::joinable!(lessons -> cars (car_id));
diesel::joinable!(lessons -> instructors (instructor_id));
diesel::joinable!(lessons -> students (student_id));
diesel::joinable!(payments -> students (student_id));
diesel::joinable!(students -> instructors (instructor_id));

diesel::allow_tables_to_appear_in_same_query!(
    cars,
    driving_tests,
    instructors,
    lessons,
    payments,
    students,
);
