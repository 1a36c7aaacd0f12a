use actix_web::error::{ErrorInternalServerError, ErrorNotFound};
use actix_web::{web, HttpResponse, Responder};

use crate::models::CreateBook;
use crate::repository;
use crate::state::AppState;

async fn list_books(state: web::Data<AppState>) -> actix_web::Result<impl Responder> {
    let books = web::block(move || {
        let mut conn = state.pool.get()?;
        repository::list_books(&mut conn)
    })
    .await?
    .map_err(ErrorInternalServerError)?;

    Ok(web::Json(books))
}

async fn get_book(
    state: web::Data<AppState>,
    path: web::Path<i32>,
) -> actix_web::Result<impl Responder> {
    let book_id = path.into_inner();
    let book = web::block(move || {
        let mut conn = state.pool.get()?;
        repository::find_book(&mut conn, book_id)
    })
    .await?
    .map_err(ErrorInternalServerError)?
    .ok_or_else(|| ErrorNotFound(format!("no book with id {book_id}")))?;

    Ok(web::Json(book))
}

async fn create_book(
    state: web::Data<AppState>,
    form: web::Json<CreateBook>,
) -> actix_web::Result<impl Responder> {
    let book = web::block(move || {
        let mut conn = state.pool.get()?;
        repository::insert_book(&mut conn, form.into_inner())
    })
    .await?
    .map_err(ErrorInternalServerError)?;

    Ok(HttpResponse::Created().json(book))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/books", web::get().to(list_books))
        .route("/books", web::post().to(create_book))
        .route("/books/{id}", web::get().to(get_book));
}
