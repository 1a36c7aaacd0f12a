// actix.handler, any plain action, in a crate whose handlers hand their query's Result to one
// shared function that writes the answer (`respond(result, StatusCode::OK)`): the query is
// written in place and its Result handed on, so a missing row is the helper's own not-found.
#[__method__("__path__")]
pub async fn __handler__(__state__: web::Data<__State__>, __extractors__: __Extractors__) -> HttpResponse {
    let __bind__ = __bind__;
    let mut conn = __connection__;
    let result = __query__;
    __helper__(result, StatusCode::__Status__)
}
