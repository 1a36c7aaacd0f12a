use actix_web::error::InternalError;
use actix_web::{web, HttpResponse};
use serde::Serialize;

/// Every successful answer: `{"status": "ok", "data": ...}`.
#[derive(Debug, Serialize)]
pub struct Envelope<T: Serialize> {
    pub status: &'static str,
    pub data: T,
}

impl<T: Serialize> Envelope<T> {
    pub fn ok(data: T) -> Self {
        Envelope { status: "ok", data }
    }
}

/// Every failed answer we build ourselves: `{"status": "error", "message": "..."}`.
#[derive(Debug, Serialize)]
pub struct ErrorEnvelope {
    pub status: &'static str,
    pub message: String,
}

impl ErrorEnvelope {
    pub fn new(message: impl Into<String>) -> Self {
        ErrorEnvelope { status: "error", message: message.into() }
    }
}

/// Bad JSON bodies answer 400 in the error envelope.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default().error_handler(|err, _req| {
        let message = err.to_string();
        InternalError::from_response(err, HttpResponse::BadRequest().json(ErrorEnvelope::new(message))).into()
    })
}
