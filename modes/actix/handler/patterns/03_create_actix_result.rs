// actix.handler, action `create`, in a crate whose handlers return actix-web's own Result: the
// Insertable struct from the JSON body, answered 201 (or the crate's own success status) with the
// new row (a body that is not the struct is refused 400 by web::Json).
#[post("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>, body: web::Json<__Insert__>) -> __Returns__ {
    let __new__ = body.into_inner();
    let __value__ = web::block(move || -> std::result::Result<_, Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::__Created__().json(__answer__))
}
