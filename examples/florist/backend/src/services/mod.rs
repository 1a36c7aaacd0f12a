mod bouquets;
mod customers;
mod orders;

use diesel::r2d2::{ConnectionManager, Pool, PooledConnection};
use diesel::SqliteConnection;

pub type DbPool = Pool<ConnectionManager<SqliteConnection>>;
type DbConn = PooledConnection<ConnectionManager<SqliteConnection>>;

#[derive(Clone)]
pub struct Database {
    pool: DbPool,
}

impl Database {
    pub fn connect(database_url: &str) -> anyhow::Result<Self> {
        let manager = ConnectionManager::<SqliteConnection>::new(database_url);
        let pool = Pool::builder().max_size(4).build(manager)?;
        Ok(Self { pool })
    }

    fn conn(&self) -> anyhow::Result<DbConn> {
        Ok(self.pool.get()?)
    }
}
