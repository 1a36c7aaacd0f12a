// actix.handler, action `get`: one row by its key; Diesel's NotFound becomes the error type's 404,
// and so does a function's None (the `ok_or` line is left out when the function has no Option).
#[get("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>, id: web::Path<__Key__>) -> __Returns__ {
    let id = id.into_inner();
    let __value__ = web::block(move || -> Result<_, __Error__> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await??;
    let __value__ = __value__.ok_or(__Error__::__NotFound__)?;
    Ok(HttpResponse::Ok().json(__answer__))
}
