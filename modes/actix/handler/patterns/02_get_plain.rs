// actix.handler, action `get`, in a crate whose handlers build their HttpResponse themselves: one
// row by its key, 404 when there is none (the function's None, or Diesel's NotFound made optional).
#[get("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>, id: web::Path<__Key__>) -> __Returns__ {
    let id = id.into_inner();
    let __value__ = web::block(move || -> std::result::Result<_, Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await;
    match __value__ {
        Ok(Ok(Some(__value__))) => HttpResponse::Ok().json(__answer__),
        Ok(Ok(None)) => __NotFoundAnswer__,
        _ => HttpResponse::InternalServerError().finish(),
    }
}
