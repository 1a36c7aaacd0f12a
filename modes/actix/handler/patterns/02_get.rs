// actix.handler, action `get`: one row by its key; Diesel's NotFound becomes the error type's 404.
#[get("__path__")]
pub async fn __handler__(pool: web::Data<__Pool__>, id: web::Path<__Key__>) -> Result<HttpResponse, __Error__> {
    let id = id.into_inner();
    let __value__ = web::block(move || -> Result<_, __Error__> {
        let mut conn = pool.get()?;
        Ok(__call__?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(__value__))
}
