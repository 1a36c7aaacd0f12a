use diesel::r2d2::{ConnectionManager, Pool};
use diesel::sqlite::SqliteConnection;

pub type DbPool = Pool<ConnectionManager<SqliteConnection>>;

/// Shared application state handed to every handler.
pub struct AppState {
    pub pool: DbPool,
}

impl AppState {
    pub fn new(database_url: &str) -> Self {
        let manager = ConnectionManager::<SqliteConnection>::new(database_url);
        let pool = Pool::builder()
            .build(manager)
            .expect("could not build the SQLite connection pool");
        AppState { pool }
    }
}
