// actix.handler, action `list`, in a crate whose handlers build their HttpResponse themselves:
// every row, 200 with a JSON array, 500 when the query fails.
#[get("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>) -> __Returns__ {
    let __value__ = web::block(move || -> std::result::Result<_, Box<dyn std::error::Error + Send + Sync>> {
        let mut conn = __pool__.get()?;
        Ok(__call__?)
    })
    .await;
    match __value__ {
        Ok(Ok(__value__)) => HttpResponse::Ok().json(__answer__),
        _ => HttpResponse::InternalServerError().finish(),
    }
}
