mod db;
mod handlers;
mod models;
mod schema;

use actix_web::{middleware::Logger, web, App, HttpServer};

/// Where to listen: `--bind HOST:PORT` or `--port PORT` on the command line, else the
/// `NURSERY_ADDR` environment variable (`HOST:PORT`), else `PORT`, else 127.0.0.1:8080.
fn bind_address() -> String {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--bind" if i + 1 < args.len() => return args[i + 1].clone(),
            "--port" if i + 1 < args.len() => return format!("127.0.0.1:{}", args[i + 1]),
            _ => {}
        }
        i += 1;
    }
    if let Ok(addr) = std::env::var("NURSERY_ADDR") {
        return addr;
    }
    let port = std::env::var("PORT").unwrap_or_else(|_| "8080".to_string());
    format!("127.0.0.1:{port}")
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::new().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "nursery.db".to_string());
    let pool = db::build_pool(&database_url);
    db::migrate(&pool).expect("cannot bring the nursery database up to date");
    if std::env::args().any(|a| a == "--migrate-only") {
        return Ok(());
    }

    let addr = bind_address();
    eprintln!("nursery: listening on http://{addr}");
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .configure(handlers::routes)
    })
    .bind(addr)?
    .run()
    .await
}
