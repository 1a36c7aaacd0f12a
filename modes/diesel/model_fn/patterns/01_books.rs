// schema.rs
diesel::table! {
    books (id) {
        id -> Integer,
        author_id -> Integer,
        title -> Text,
        isbn -> Text,
        pages -> Integer,
        published_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

// models/book.rs
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations)]
#[diesel(table_name = books)]
#[diesel(belongs_to(Author))]
pub struct Book {
    pub id: i32,
    pub author_id: i32,
    pub title: String,
    pub isbn: String,
    pub pages: i32,
    pub published_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = books)]
pub struct NewBook<'a> {
    pub author_id: i32,
    pub title: &'a str,
    pub isbn: &'a str,
    pub pages: i32,
}

impl Book {
    /// Find the book with this ISBN, if there is one.
    pub fn find_by_isbn(conn: &mut SqliteConnection, isbn: &str) -> QueryResult<Option<Book>> {
        books::table
            .filter(books::isbn.eq(isbn))
            .select(Book::as_select())
            .first(conn)
            .optional()
    }

    /// All books of one author, by title.
    pub fn list_by_author(conn: &mut SqliteConnection, author_id: i32) -> QueryResult<Vec<Book>> {
        books::table
            .filter(books::author_id.eq(author_id))
            .order(books::title.asc())
            .select(Book::as_select())
            .load(conn)
    }

    /// How many books an author has written.
    pub fn count_by_author(conn: &mut SqliteConnection, author_id: i32) -> QueryResult<i64> {
        books::table
            .filter(books::author_id.eq(author_id))
            .count()
            .get_result(conn)
    }

    /// Books whose title contains the text.
    pub fn search_by_title(conn: &mut SqliteConnection, text: &str) -> QueryResult<Vec<Book>> {
        books::table
            .filter(books::title.like(format!("%{}%", text)))
            .order(books::title.asc())
            .select(Book::as_select())
            .load(conn)
    }

    /// Insert a new book and return it.
    pub fn create(conn: &mut SqliteConnection, new_book: &NewBook) -> QueryResult<Book> {
        diesel::insert_into(books::table)
            .values(new_book)
            .returning(Book::as_returning())
            .get_result(conn)
    }
}
