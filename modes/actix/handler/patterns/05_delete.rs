// actix.handler, action `delete`: 204 when a row went, 404 when there was none to delete.
#[delete("__path__")]
pub async fn __handler__(pool: web::Data<__Pool__>, id: web::Path<__Key__>) -> Result<HttpResponse, __Error__> {
    let id = id.into_inner();
    let deleted = web::block(move || -> Result<_, __Error__> {
        let mut conn = pool.get()?;
        Ok(__call__?)
    })
    .await??;
    if deleted == 0 {
        return Err(__Error__::__NotFound__);
    }
    Ok(HttpResponse::NoContent().finish())
}
