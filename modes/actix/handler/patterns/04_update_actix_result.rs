// actix.handler, action `update`, in a crate whose handlers return actix-web's own Result: the
// AsChangeset struct from the JSON body applied to one row, answered 200 with the row as it now is;
// no such row is actix-web's ErrorNotFound, 404.
#[__method__("__path__")]
pub async fn __handler__(
    __state__: web::Data<__State__>,
    id: web::Path<__Key__>,
    body: web::Json<__Changes__>,
) -> __Returns__ {
    let id = id.into_inner();
    let changes = body.into_inner();
    let __value__ = web::block(move || -> std::result::Result<_, Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    let __value__ = __value__.ok_or_else(|| actix_web::error::ErrorNotFound("__what__ not found"))?;
    Ok(HttpResponse::Ok().json(__answer__))
}
