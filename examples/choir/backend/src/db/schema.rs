// Written by hand to match migrations/2026-11-20-000000_create_choir/up.sql

diesel::table! {
    members (id) {
        id -> Integer,
        name -> Text,
        voice_part -> Text,
        email -> Text,
        joined_on -> Text,
    }
}

diesel::table! {
    rehearsals (id) {
        id -> Integer,
        held_on -> Text,
        venue -> Text,
        notes -> Text,
    }
}

diesel::table! {
    attendance (id) {
        id -> Integer,
        member_id -> Integer,
        rehearsal_id -> Integer,
        present -> Bool,
    }
}

diesel::joinable!(attendance -> members (member_id));
diesel::joinable!(attendance -> rehearsals (rehearsal_id));

diesel::allow_tables_to_appear_in_same_query!(members, rehearsals, attendance);
