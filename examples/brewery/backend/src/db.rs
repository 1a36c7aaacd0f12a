use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Error, Pool};
use diesel::SqliteConnection;

pub type DbPool = Pool<ConnectionManager<SqliteConnection>>;

/// SQLite settings are per connection: turn on foreign keys (the migrations use ON DELETE
/// CASCADE) and wait for a busy database instead of failing at once.
#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<SqliteConnection, Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut SqliteConnection) -> Result<(), Error> {
        conn.batch_execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
            .map_err(Error::QueryError)
    }
}

pub fn pool(database_url: &str) -> DbPool {
    let manager = ConnectionManager::<SqliteConnection>::new(database_url);
    Pool::builder()
        .connection_customizer(Box::new(SqlitePragmas))
        .build(manager)
        .expect("could not build the database pool")
}
