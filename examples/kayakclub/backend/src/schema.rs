diesel::table! {
    members (id) {
        id -> Integer,
        name -> Text,
        email -> Text,
        level -> Text,
    }
}

diesel::table! {
    kayaks (id) {
        id -> Integer,
        name -> Text,
        kind -> Text,
        seats -> Integer,
        in_service -> Bool,
    }
}

diesel::table! {
    outings (id) {
        id -> Integer,
        kayak_id -> Integer,
        member_id -> Integer,
        starts_at -> Text,
        returns_at -> Text,
        returned -> Bool,
    }
}

diesel::joinable!(outings -> kayaks (kayak_id));
diesel::joinable!(outings -> members (member_id));

diesel::allow_tables_to_appear_in_same_query!(members, kayaks, outings);
