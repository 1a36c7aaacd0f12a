use actix_web::{web, App, HttpServer};

use kayakclub::db::build_pool;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "kayakclub.db".into());
    let port = std::env::var("PORT").ok().and_then(|p| p.parse::<u16>().ok()).unwrap_or(8080);
    let pool = build_pool(&database_url);

    println!("kayak club API on 127.0.0.1:{port}");
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .configure(kayakclub::config)
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
