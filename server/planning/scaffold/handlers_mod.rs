// The JSON API's handlers: one `pub mod` line per handlers file (nocodo adds them as tasks create
// the files), and the error every handler returns.

use std::fmt;

use actix_web::error::BlockingError;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use diesel::r2d2::PoolError;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::Serialize;

/// Errors of the JSON API, answered as `{"error": "..."}`. `Send`, so it can come back out of
/// `web::block`.
#[derive(Debug)]
pub enum ApiError {
    NotFound,
    BadRequest(String),
    Conflict(String),
    Database(DieselError),
    Pool(PoolError),
    Cancelled,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NotFound => write!(f, "not found"),
            ApiError::BadRequest(message) | ApiError::Conflict(message) => write!(f, "{message}"),
            ApiError::Database(e) => write!(f, "database error: {e}"),
            ApiError::Pool(e) => write!(f, "no database connection: {e}"),
            ApiError::Cancelled => write!(f, "the request was cancelled"),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code()).json(ErrorBody { error: self.to_string() })
    }
}

#[derive(Serialize)]
struct ErrorBody {
    error: String,
}

impl From<DieselError> for ApiError {
    fn from(e: DieselError) -> Self {
        match e {
            DieselError::NotFound => ApiError::NotFound,
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => ApiError::Conflict(info.message().to_owned()),
            DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, info) => {
                ApiError::BadRequest(info.message().to_owned())
            }
            other => ApiError::Database(other),
        }
    }
}

impl From<PoolError> for ApiError {
    fn from(e: PoolError) -> Self {
        ApiError::Pool(e)
    }
}

impl From<BlockingError> for ApiError {
    fn from(_: BlockingError) -> Self {
        ApiError::Cancelled
    }
}
