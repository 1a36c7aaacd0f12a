// actix.handler, action `list`, in a crate whose handlers return actix-web's own Result: every
// row, answered 200 with a JSON array; a failure is actix-web's 500.
#[get("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>) -> __Returns__ {
    let __value__ = web::block(move || -> std::result::Result<_, Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok().json(__answer__))
}
