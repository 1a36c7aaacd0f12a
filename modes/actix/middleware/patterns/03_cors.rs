// actix.middleware `cors`: the frontend's origin may call the API from a browser; a preflight
// (OPTIONS) is answered here, every other answer gains the same headers. (actix-cors would do it
// too, as a dependency more.)
use actix_web::dev::Service;
use actix_web::http::header::{
    HeaderValue, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN,
};
use actix_web::http::Method;
use actix_web::HttpResponse;

/// The frontend allowed to call this API from a browser.
const ALLOWED_ORIGIN: &str = "__origin__";

fn app() {
    App::new()
        .wrap_fn(|req, srv| {
            let next = if req.method() == Method::OPTIONS { Err(req) } else { Ok(srv.call(req)) };
            async move {
                let mut response = match next {
                    Ok(call) => call.await?.map_into_boxed_body(),
                    Err(preflight) => preflight.into_response(HttpResponse::NoContent().finish()),
                };
                let headers = response.headers_mut();
                headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static(ALLOWED_ORIGIN));
                headers.insert(ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, POST, PUT, PATCH, DELETE, OPTIONS"));
                headers.insert(ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("content-type, x-request-id"));
                Ok(response)
            }
        })
}
