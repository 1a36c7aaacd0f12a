pub mod customers;
pub mod plants;
pub mod suppliers;

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse, ResponseError};
use diesel::result::{DatabaseErrorKind, Error as DbError};
use serde::Serialize;

/// What a handler can fail with. Every failure answers JSON: `{"error": "..."}`.
#[derive(Debug)]
pub enum HandlerError {
    /// 404: no row with that id.
    Missing(&'static str),
    /// 400: the request does not make sense (a duplicate email, an unknown supplier).
    Invalid(String),
    /// 500: the database failed.
    Db(DbError),
    /// 500: the blocking pool went away.
    Blocking,
}

#[derive(Serialize)]
struct ErrorBody {
    error: String,
}

impl fmt::Display for HandlerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HandlerError::Missing(what) => write!(f, "{what} not found"),
            HandlerError::Invalid(why) => write!(f, "{why}"),
            HandlerError::Db(e) => write!(f, "database error: {e}"),
            HandlerError::Blocking => write!(f, "the server is shutting down"),
        }
    }
}

impl ResponseError for HandlerError {
    fn status_code(&self) -> StatusCode {
        match self {
            HandlerError::Missing(_) => StatusCode::NOT_FOUND,
            HandlerError::Invalid(_) => StatusCode::BAD_REQUEST,
            HandlerError::Db(_) | HandlerError::Blocking => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code()).json(ErrorBody { error: self.to_string() })
    }
}

impl From<DbError> for HandlerError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::NotFound => HandlerError::Missing("record"),
            DbError::DatabaseError(
                DatabaseErrorKind::UniqueViolation | DatabaseErrorKind::ForeignKeyViolation | DatabaseErrorKind::NotNullViolation,
                info,
            ) => HandlerError::Invalid(info.message().to_owned()),
            other => HandlerError::Db(other),
        }
    }
}

impl From<actix_web::error::BlockingError> for HandlerError {
    fn from(_: actix_web::error::BlockingError) -> Self {
        HandlerError::Blocking
    }
}

/// Every route of the app; `main` calls it for each worker.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(suppliers::list_suppliers);
}
