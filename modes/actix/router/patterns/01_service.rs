// actix.router: one line per handler, appended to the chain that already registers the crate's
// routed handlers (an App, a web::scope or a ServiceConfig), in the path style it uses.
fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(handlers::owners::list_owners)
        .service(__handler_path__);
}
