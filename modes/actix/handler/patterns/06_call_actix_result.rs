// actix.handler, action `call`, in a crate whose handlers return actix-web's own Result: one
// existing model function, its arguments from the path, the query string or a JSON body (a line
// naming an extractor the function does not need is left out). An Option that is None is 404.
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
    let __value__ = web::block(move || -> std::result::Result<_, Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    let __value__ = __value__.ok_or_else(|| actix_web::error::ErrorNotFound("__what__ not found"))?;
    Ok(HttpResponse::Ok().json(__answer__))
}
