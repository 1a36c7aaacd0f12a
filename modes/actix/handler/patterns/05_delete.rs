// actix.handler, action `delete`: 204 (or the crate's own success status) when a row went, 404 when
// there was none to delete.
#[delete("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>, id: web::Path<__Key__>) -> __Returns__ {
    let id = id.into_inner();
    let deleted = web::block(move || -> Result<_, __Error__> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await??;
    if deleted == 0 {
        return Err(__Error__::__NotFound__);
    }
    Ok(HttpResponse::__Deleted__().finish())
}
