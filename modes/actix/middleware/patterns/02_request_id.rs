// actix.middleware `request_id`: every answer carries an `x-request-id` header, the client's own
// when it sent one, else a number counted by this process.
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::dev::Service;
use actix_web::http::header::{HeaderName, HeaderValue};

/// The id of the next request that comes without one.
static NEXT_REQUEST_ID: AtomicU64 = AtomicU64::new(1);

fn app() {
    App::new()
        .wrap_fn(|req, srv| {
            let id = req
                .headers()
                .get("x-request-id")
                .cloned()
                .unwrap_or_else(|| HeaderValue::from(NEXT_REQUEST_ID.fetch_add(1, Ordering::Relaxed)));
            let response = srv.call(req);
            async move {
                let mut response = response.await?;
                response.headers_mut().insert(HeaderName::from_static("x-request-id"), id);
                Ok(response)
            }
        })
}
