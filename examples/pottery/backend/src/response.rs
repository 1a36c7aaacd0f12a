use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use diesel::result::{Error as DieselError, QueryResult};
use serde::Serialize;
use serde_json::json;

pub fn respond<T: Serialize>(result: QueryResult<T>, status: StatusCode) -> HttpResponse {
    match result {
        Ok(data) => HttpResponse::build(status).json(json!({ "status": "ok", "data": data })),
        Err(DieselError::NotFound) => HttpResponse::NotFound()
            .json(json!({ "status": "error", "message": "not found" })),
        Err(err) => {
            eprintln!("database error: {err}");
            HttpResponse::InternalServerError()
                .json(json!({ "status": "error", "message": "database error" }))
        }
    }
}
