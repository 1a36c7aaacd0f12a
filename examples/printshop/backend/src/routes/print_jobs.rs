use actix_web::{get, web, HttpResponse, Scope};

use crate::error::{AppError, AppResult};
use crate::repositories::PrintJobRepo;

pub fn scope() -> Scope {
    web::scope("/print-jobs")
        .service(list_print_jobs)
        .service(get_print_job)
}

#[get("")]
async fn list_print_jobs(repo: web::Data<PrintJobRepo>) -> AppResult<HttpResponse> {
    let jobs = web::block(move || repo.all()).await??;
    Ok(HttpResponse::Ok().json(jobs))
}

#[get("/{id}")]
async fn get_print_job(
    repo: web::Data<PrintJobRepo>,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let job = web::block(move || repo.find(id))
        .await??
        .ok_or_else(|| AppError::NotFound(format!("print job {id}")))?;
    Ok(HttpResponse::Ok().json(job))
}
