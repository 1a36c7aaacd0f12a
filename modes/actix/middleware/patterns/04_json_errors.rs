// actix.middleware `json_errors`: every error answer (a handler's error, a JSON body that does not
// parse, no such route) carries `{"error": "..."}` instead of plain text, with its status kept.
use actix_web::dev::ServiceResponse;
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::HttpResponse;
use serde::Serialize;

/// The body of every error answer.
#[derive(Serialize)]
struct ErrorBody {
    error: String,
}

/// The error answer `res` with its message as a JSON body; the headers other middleware set on it
/// (a request id, CORS) are kept.
fn json_error<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let status = res.status();
    let error = match res.response().error() {
        Some(error) => error.to_string(),
        None => status.canonical_reason().unwrap_or("error").to_owned(),
    };
    let (req, original) = res.into_parts();
    let mut response = HttpResponse::build(status).json(ErrorBody { error });
    for (name, value) in original.headers() {
        if name != CONTENT_TYPE && name != CONTENT_LENGTH {
            response.headers_mut().insert(name.clone(), value.clone());
        }
    }
    Ok(ErrorHandlerResponse::Response(ServiceResponse::new(req, response).map_into_right_body()))
}

fn app() {
    App::new()
        .wrap(ErrorHandlers::new().default_handler(json_error))
}
