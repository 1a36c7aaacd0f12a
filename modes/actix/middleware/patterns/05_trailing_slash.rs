// actix.middleware `trailing_slash`: a path asked with a slash at its end (/suppliers/) answers
// as the path without it (/suppliers).
use actix_web::middleware::{NormalizePath, TrailingSlash};

fn app() {
    App::new()
        .wrap(NormalizePath::new(TrailingSlash::Trim))
}
