// actix.handler, action `create`: the Insertable struct from the JSON body, answered 201 with the
// new row (a body that is not the struct is refused 400 by web::Json).
#[post("__path__")]
pub async fn __handler__(pool: web::Data<__Pool__>, body: web::Json<__Insert__>) -> Result<HttpResponse, __Error__> {
    let __new__ = body.into_inner();
    let __value__ = web::block(move || -> Result<_, __Error__> {
        let mut conn = pool.get()?;
        Ok(__call__?)
    })
    .await??;
    Ok(HttpResponse::Created().json(__value__))
}
