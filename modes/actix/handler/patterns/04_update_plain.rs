// actix.handler, action `update`, in a crate whose handlers build their HttpResponse themselves:
// the AsChangeset struct from the JSON body applied to one row, 200 with the row as it now is, 404
// when there is no such row.
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
    .await;
    match __value__ {
        Ok(Ok(Some(__value__))) => HttpResponse::Ok().json(__answer__),
        Ok(Ok(None)) => __NotFoundAnswer__,
        _ => HttpResponse::InternalServerError().finish(),
    }
}
