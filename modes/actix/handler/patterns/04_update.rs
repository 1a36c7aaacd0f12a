// actix.handler, action `update`: the AsChangeset struct from the JSON body applied to one row,
// answered 200 with the row as it now is; no such row is a 404 (a function's None too: the `ok_or`
// line is left out when the function has no Option).
#[__method__("__path__")]
pub async fn __handler__(
    __state__: web::Data<__State__>,
    id: web::Path<__Key__>,
    body: web::Json<__Changes__>,
) -> __Returns__ {
    let id = id.into_inner();
    let changes = body.into_inner();
    let __value__ = web::block(move || -> Result<_, __Error__> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await??;
    let __value__ = __value__.ok_or(__Error__::__NotFound__)?;
    Ok(HttpResponse::Ok().json(__answer__))
}
