mod database;
mod features;
mod models;
mod response;
mod schema;

use actix_web::{web, App, HttpServer};

use crate::features::{customers, repairs, vehicles};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "garage.db".to_string());
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080);
    let pool = database::create_pool(&database_url);

    println!("garage listening on 127.0.0.1:{port}");
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .app_data(response::json_config())
            .service(
                web::scope("/api")
                    .configure(customers::handlers::configure)
                    .configure(vehicles::handlers::configure)
                    .configure(repairs::handlers::configure),
            )
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
