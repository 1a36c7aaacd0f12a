use std::fmt;

use actix_web::http::StatusCode;
use actix_web::{error::BlockingError, HttpResponse, ResponseError};
use diesel::r2d2::PoolError;
use serde_json::json;

#[derive(Debug)]
pub enum AppError {
    NotFound(String),
    Database(diesel::result::Error),
    Pool(PoolError),
    Blocking,
}

pub type AppResult<T> = Result<T, AppError>;

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::NotFound(what) => write!(f, "{what} not found"),
            AppError::Database(err) => write!(f, "database error: {err}"),
            AppError::Pool(err) => write!(f, "could not get a database connection: {err}"),
            AppError::Blocking => write!(f, "the database task was cancelled"),
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Database(diesel::result::Error::NotFound) => StatusCode::NOT_FOUND,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code()).json(json!({ "error": self.to_string() }))
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(err: diesel::result::Error) -> Self {
        AppError::Database(err)
    }
}

impl From<PoolError> for AppError {
    fn from(err: PoolError) -> Self {
        AppError::Pool(err)
    }
}

impl From<BlockingError> for AppError {
    fn from(_: BlockingError) -> Self {
        AppError::Blocking
    }
}
