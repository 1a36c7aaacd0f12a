use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Error, Pool};
use diesel::SqliteConnection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

pub type DbPool = Pool<ConnectionManager<SqliteConnection>>;

/// The crate's migrations/ folder, built into the binary and applied at start.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// SQLite settings are per connection: turn on foreign keys (the migrations declare them) and
/// wait for a busy database instead of failing at once.
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

pub fn run_migrations(pool: &DbPool) {
    let mut conn = pool.get().expect("could not open the database");
    conn.run_pending_migrations(MIGRATIONS).expect("could not apply the migrations");
}
