// actix.handler, action `get`, in a crate whose handlers return actix-web's own Result: one row by
// its key; a missing row (the function's None, or Diesel's NotFound made optional) is actix-web's
// ErrorNotFound, 404.
#[get("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>, id: web::Path<__Key__>) -> __Returns__ {
    let id = id.into_inner();
    let __value__ = web::block(move || -> std::result::Result<_, Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    let __value__ = __value__.ok_or_else(|| actix_web::error::ErrorNotFound("__what__ not found"))?;
    Ok(HttpResponse::Ok().json(__answer__))
}
