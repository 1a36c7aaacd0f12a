// actix.handler, action `list`: every row, answered 200 with a JSON array.
#[get("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>) -> __Returns__ {
    let __value__ = web::block(move || -> Result<_, __Error__> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(__answer__))
}
