pub mod models;
pub mod schema;

use diesel::r2d2::{ConnectionManager, PooledConnection};
use diesel::SqliteConnection;

pub type Pool = diesel::r2d2::Pool<ConnectionManager<SqliteConnection>>;
pub type Conn = PooledConnection<ConnectionManager<SqliteConnection>>;

pub fn create_pool(database_url: &str) -> Pool {
    let manager = ConnectionManager::<SqliteConnection>::new(database_url);
    diesel::r2d2::Pool::builder()
        .max_size(4)
        .build(manager)
        .expect("could not build the connection pool")
}
