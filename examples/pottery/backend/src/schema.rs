// @generated automatically by Diesel CLI.

diesel::table! {
    firings (id) {
        id -> Integer,
        member_id -> Integer,
        kiln_code -> Text,
        fired_on -> Date,
        cone -> Text,
        pieces -> Integer,
        fee_cents -> Integer,
        collected -> Bool,
    }
}

diesel::table! {
    kilns (code) {
        code -> Text,
        name -> Text,
        max_temp_c -> Integer,
    }
}

diesel::table! {
    members (id) {
        id -> Integer,
        name -> Text,
        email -> Text,
        joined_on -> Date,
    }
}

diesel::joinable!(firings -> kilns (kiln_code));
diesel::joinable!(firings -> members (member_id));

diesel::allow_tables_to_appear_in_same_query!(firings, kilns, members);
