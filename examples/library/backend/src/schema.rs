// @generated automatically by Diesel CLI.

diesel::table! {
    books (id) {
        id -> Integer,
        title -> Text,
        author -> Text,
        isbn -> Nullable<Text>,
        available -> Bool,
    }
}

diesel::table! {
    loans (id) {
        id -> Integer,
        book_id -> Integer,
        member_id -> Integer,
        loaned_on -> Text,
        due_on -> Text,
        returned -> Bool,
    }
}

diesel::table! {
    members (id) {
        id -> Integer,
        name -> Text,
        email -> Text,
        joined_on -> Text,
    }
}

diesel::joinable!(loans -> books (book_id));
diesel::joinable!(loans -> members (member_id));

diesel::allow_tables_to_appear_in_same_query!(
    books,
    loans,
    members,
);
