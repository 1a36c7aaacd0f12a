// schema.rs
diesel::table! {
    comments (id) {
        id -> Integer,
        post_id -> Integer,
        author_email -> Text,
        body -> Text,
        approved -> Bool,
        posted_at -> Timestamp,
        edited_at -> Nullable<Timestamp>,
    }
}

// models/comment.rs: read model
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations)]
#[diesel(table_name = comments)]
#[diesel(belongs_to(Post))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Comment {
    pub id: i32,
    pub post_id: i32,
    pub author_email: String,
    pub body: String,
    pub approved: bool,
    pub posted_at: NaiveDateTime,
    pub edited_at: Option<NaiveDateTime>,
}

// models/comment.rs: insert model
#[derive(Debug, Insertable)]
#[diesel(table_name = comments)]
pub struct NewComment {
    pub post_id: i32,
    pub author_email: String,
    pub body: String,
}
