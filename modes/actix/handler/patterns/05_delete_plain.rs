// actix.handler, action `delete`, in a crate whose handlers build their HttpResponse themselves:
// 204 (or the crate's own success status) when a row went, 404 when there was none to delete.
#[delete("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>, id: web::Path<__Key__>) -> __Returns__ {
    let id = id.into_inner();
    let deleted = web::block(move || -> std::result::Result<_, Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await;
    match deleted {
        Ok(Ok(0)) => __NotFoundAnswer__,
        Ok(Ok(_)) => HttpResponse::__Deleted__().finish(),
        _ => HttpResponse::InternalServerError().finish(),
    }
}
