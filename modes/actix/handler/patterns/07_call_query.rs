// actix.handler, action `call`: the query string of a custom handler, one field per argument of
// the function that is not a path parameter.
#[derive(Debug, Deserialize)]
pub struct __QueryType__ {
    pub __field__: __FieldType__,
}
