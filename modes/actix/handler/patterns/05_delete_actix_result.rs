// actix.handler, action `delete`, in a crate whose handlers return actix-web's own Result: 204 when
// a row went (or the crate's own success status), actix-web's ErrorNotFound (404) when there was none.
#[delete("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>, id: web::Path<__Key__>) -> __Returns__ {
    let id = id.into_inner();
    let deleted = web::block(move || -> std::result::Result<_, Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    if deleted == 0 {
        return Err(actix_web::error::ErrorNotFound("__what__ not found"));
    }
    Ok(HttpResponse::__Deleted__().finish())
}
