// schema.rs
diesel::table! {
    authors (id) {
        id -> Integer,
        name -> Text,
        country -> Nullable<Text>,
        born_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

// models/author.rs: read model
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = authors)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Author {
    pub id: i32,
    pub name: String,
    pub country: Option<String>,
    pub born_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

// models/author.rs: insert model
#[derive(Debug, Insertable)]
#[diesel(table_name = authors)]
pub struct NewAuthor {
    pub name: String,
    pub country: Option<String>,
    pub born_on: Option<NaiveDate>,
}

// models/author.rs: changeset model
#[derive(Debug, AsChangeset)]
#[diesel(table_name = authors)]
pub struct AuthorChanges {
    pub name: Option<String>,
    pub country: Option<Option<String>>,
    pub born_on: Option<Option<NaiveDate>>,
}
