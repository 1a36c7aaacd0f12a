mod db;
mod error;
mod models;
mod repositories;
mod routes;
mod schema;

use actix_web::{web, App, HttpServer};

use crate::repositories::{CustomerRepo, InvoiceRepo, PrintJobRepo};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "printshop.db".to_string());
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);

    let pool = db::init_pool(&database_url);
    let customer_repo = web::Data::new(CustomerRepo::new(pool.clone()));
    let print_job_repo = web::Data::new(PrintJobRepo::new(pool.clone()));
    let invoice_repo = web::Data::new(InvoiceRepo::new(pool.clone()));

    println!("print shop API listening on 127.0.0.1:{port}");
    HttpServer::new(move || {
        App::new()
            .app_data(customer_repo.clone())
            .app_data(print_job_repo.clone())
            .app_data(invoice_repo.clone())
            .service(
                web::scope("/api")
                    .service(routes::customers::scope())
                    .service(routes::print_jobs::scope())
                    .service(routes::invoices::scope()),
            )
    })
    .bind(("127.0.0.1", port))?
    .run()
    .await
}
