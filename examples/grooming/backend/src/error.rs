use std::fmt;

use actix_web::{error::BlockingError, http::StatusCode, HttpResponse, ResponseError};
use diesel::r2d2::PoolError;
use serde::Serialize;

#[derive(Debug)]
pub enum ServiceError {
    NotFound,
    Database(diesel::result::Error),
    Pool(PoolError),
    Blocking,
}

#[derive(Serialize)]
struct ErrorBody {
    error: String,
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServiceError::NotFound => write!(f, "not found"),
            ServiceError::Database(e) => write!(f, "database error: {e}"),
            ServiceError::Pool(e) => write!(f, "connection pool error: {e}"),
            ServiceError::Blocking => write!(f, "the worker thread failed"),
        }
    }
}

impl ResponseError for ServiceError {
    fn status_code(&self) -> StatusCode {
        match self {
            ServiceError::NotFound => StatusCode::NOT_FOUND,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code()).json(ErrorBody {
            error: self.to_string(),
        })
    }
}

impl From<diesel::result::Error> for ServiceError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => ServiceError::NotFound,
            other => ServiceError::Database(other),
        }
    }
}

impl From<PoolError> for ServiceError {
    fn from(e: PoolError) -> Self {
        ServiceError::Pool(e)
    }
}

impl From<BlockingError> for ServiceError {
    fn from(_: BlockingError) -> Self {
        ServiceError::Blocking
    }
}
