// actix.middleware `no_store`: every answer tells browsers and proxies not to keep a copy
// (Cache-Control: no-store), so nobody is shown an old answer.
use actix_web::middleware::DefaultHeaders;

fn app() {
    App::new()
        .wrap(DefaultHeaders::new().add(("Cache-Control", "no-store")))
}
