use std::future::{ready, Ready};
use std::ops::{Deref, DerefMut};

use actix_web::error::{ErrorInternalServerError, ErrorServiceUnavailable};
use actix_web::{dev::Payload, web, FromRequest, HttpRequest};
use diesel::r2d2::{ConnectionManager, Pool, PooledConnection};
use diesel::SqliteConnection;

pub type DbPool = Pool<ConnectionManager<SqliteConnection>>;

pub fn build_pool(database_url: &str) -> DbPool {
    let manager = ConnectionManager::<SqliteConnection>::new(database_url);
    Pool::builder()
        .build(manager)
        .expect("could not open the club database")
}

/// A pooled SQLite connection taken from the app data; handlers take `mut conn: DbConn`
/// and pass `&mut conn` to the functions in `actions`.
pub struct DbConn(PooledConnection<ConnectionManager<SqliteConnection>>);

impl FromRequest for DbConn {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        let result = match req.app_data::<web::Data<DbPool>>() {
            Some(pool) => pool.get().map(DbConn).map_err(ErrorServiceUnavailable),
            None => Err(ErrorInternalServerError("database pool is not configured")),
        };
        ready(result)
    }
}

impl Deref for DbConn {
    type Target = SqliteConnection;

    fn deref(&self) -> &SqliteConnection {
        &self.0
    }
}

impl DerefMut for DbConn {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        &mut self.0
    }
}
