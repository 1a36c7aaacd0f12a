// actix.handler, action `call`: one existing model function. Its arguments come from the route's
// path parameters, then the query string, or a JSON body for a struct; a line naming an
// extractor the function does not need is left out. An Option that is None answers 404.
#[__method__("__path__")]
pub async fn __handler__(
    __state__: web::Data<__State__>,
    path: web::Path<__PathType__>,
    query: web::Query<__QueryType__>,
    body: web::Json<__BodyType__>,
) -> __Returns__ {
    let __path_names__ = path.into_inner();
    let query = query.into_inner();
    let body = body.into_inner();
    let __value__ = web::block(move || -> Result<_, __Error__> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await??;
    let __value__ = __value__.ok_or(__Error__::__NotFound__)?;
    Ok(HttpResponse::Ok().json(__answer__))
}
