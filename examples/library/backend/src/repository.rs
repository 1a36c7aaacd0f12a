//! Database access. Every function takes a connection checked out of the pool.

use diesel::prelude::*;

use crate::models::{Book, CreateBook, Loan, Member};
use crate::schema::{books, loans, members};

pub type DbError = Box<dyn std::error::Error + Send + Sync>;

pub fn list_books(conn: &mut SqliteConnection) -> Result<Vec<Book>, DbError> {
    let all = books::table
        .order(books::title.asc())
        .select(Book::as_select())
        .load(conn)?;
    Ok(all)
}

pub fn find_book(conn: &mut SqliteConnection, book_id: i32) -> Result<Option<Book>, DbError> {
    let book = books::table
        .find(book_id)
        .select(Book::as_select())
        .first(conn)
        .optional()?;
    Ok(book)
}

pub fn insert_book(conn: &mut SqliteConnection, new_book: CreateBook) -> Result<Book, DbError> {
    let book = diesel::insert_into(books::table)
        .values(&new_book)
        .returning(Book::as_returning())
        .get_result(conn)?;
    Ok(book)
}

pub fn list_members(conn: &mut SqliteConnection) -> Result<Vec<Member>, DbError> {
    let all = members::table
        .order(members::name.asc())
        .select(Member::as_select())
        .load(conn)?;
    Ok(all)
}

pub fn find_member(
    conn: &mut SqliteConnection,
    member_id: i32,
) -> Result<Option<Member>, DbError> {
    let member = members::table
        .find(member_id)
        .select(Member::as_select())
        .first(conn)
        .optional()?;
    Ok(member)
}

pub fn loans_for_member(conn: &mut SqliteConnection, member_id: i32) -> Result<Vec<Loan>, DbError> {
    let found = loans::table
        .filter(loans::member_id.eq(member_id))
        .order(loans::loaned_on.desc())
        .select(Loan::as_select())
        .load(conn)?;
    Ok(found)
}
