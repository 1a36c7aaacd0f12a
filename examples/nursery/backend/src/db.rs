use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel::result::Error;
use diesel::sql_types::Text;
use diesel::SqliteConnection;

pub type DbPool = Pool<ConnectionManager<SqliteConnection>>;
pub type DbConn = PooledConnection<ConnectionManager<SqliteConnection>>;

/// Foreign keys on (the plants of a supplier go with it) and a little patience when busy.
#[derive(Debug)]
struct Pragmas;

impl CustomizeConnection<SqliteConnection, diesel::r2d2::Error> for Pragmas {
    fn on_acquire(&self, conn: &mut SqliteConnection) -> Result<(), diesel::r2d2::Error> {
        conn.batch_execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
            .map_err(diesel::r2d2::Error::QueryError)
    }
}

pub fn build_pool(database_url: &str) -> DbPool {
    Pool::builder()
        .max_size(4)
        .connection_customizer(Box::new(Pragmas))
        .build(ConnectionManager::<SqliteConnection>::new(database_url))
        .expect("cannot open the nursery database")
}

/// A connection from the pool, with the pool's failure turned into a Diesel error so the
/// model functions can all return `Result<_, diesel::result::Error>`.
pub fn conn(pool: &DbPool) -> Result<DbConn, Error> {
    pool.get().map_err(|e| Error::QueryBuilderError(Box::new(e)))
}

/// The migrations, in order, with the table whose presence means the migration has run.
const MIGRATIONS: &[(&str, &str, &str)] = &[
    (
        "2025-03-10-080000_create_suppliers_and_plants",
        "suppliers",
        include_str!("../migrations/2025-03-10-080000_create_suppliers_and_plants/up.sql"),
    ),
    (
        "2025-03-12-170000_create_customers",
        "customers",
        include_str!("../migrations/2025-03-12-170000_create_customers/up.sql"),
    ),
];

const SEED: &str = include_str!("../migrations/2025-03-14-090000_seed_sample_stock/up.sql");

#[derive(QueryableByName)]
struct TableName {
    #[diesel(sql_type = Text)]
    name: String,
}

/// Brings a fresh (or partly created) database up to date at start: each migration whose
/// table is missing is applied, and the sample stock is added to a database that had no
/// suppliers table yet. A database someone already migrated is left as it is.
pub fn migrate(pool: &DbPool) -> Result<(), Error> {
    let mut conn = conn(pool)?;
    let existing: Vec<String> = diesel::sql_query("SELECT name FROM sqlite_master WHERE type = 'table'")
        .load::<TableName>(&mut conn)?
        .into_iter()
        .map(|t| t.name)
        .collect();
    let fresh = !existing.iter().any(|t| t == "suppliers");
    for (version, table, sql) in MIGRATIONS {
        if !existing.iter().any(|t| t == table) {
            eprintln!("nursery: applying migration {version}");
            conn.batch_execute(sql)?;
        }
    }
    if fresh {
        conn.batch_execute(SEED)?;
    }
    Ok(())
}
