// actix.middleware `logging`: one log line per request (method, path, status, time), printed by
// the app's logger (env_logger).
use actix_web::middleware::Logger;

fn app() {
    App::new()
        .wrap(Logger::default())
}
