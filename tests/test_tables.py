from nocodo.modes.diesel.tables import parse_schema

SCHEMA = """// @generated automatically by Diesel CLI.

diesel::table! {
    use diesel::sql_types::*;

    /// People
    users (id) {
        id -> Integer,
        #[sql_name = "type"]
        r#type -> Text,
        bio -> Nullable<Text>,
        balance -> BigInt,
        seen_at -> Nullable<Timestamp>
    }
}

diesel::table! {
    tags (user_id, label) {
        user_id -> Integer,
        label -> Text,
    }
}

diesel::joinable!(tags -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(tags, users,);
"""


def test_tables_columns_and_rust_types():
    schema = parse_schema(SCHEMA)
    users = schema.table("users")
    assert users.column_names == ["id", "type", "bio", "balance", "seen_at"]
    assert [c.rust_type for c in users.columns] == ["i32", "String", "Option<String>", "i64", "Option<NaiveDateTime>"]
    assert schema.table("tags").primary_key == ["user_id", "label"]
    assert schema.joins == [("tags", "users", "user_id")]
    assert schema.same_query == ["tags", "users"]
    assert users.source.startswith("diesel::table!")


def test_broken_and_empty_schemas_do_not_raise():
    assert parse_schema("").tables == {}
    broken = parse_schema("diesel::table! {\n    users (id) {\n        id -> Integer,\n")
    assert isinstance(broken.tables, dict)
