use diesel::prelude::*;
use diesel::result::Error;
use serde::{Deserialize, Serialize};

use crate::db::{self, DbPool};
use crate::schema::suppliers;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Serialize)]
#[diesel(table_name = suppliers)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Supplier {
    pub id: i32,
    pub name: String,
    pub email: Option<String>,
    pub region: String,
    pub active: bool,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = suppliers)]
pub struct NewSupplier {
    pub name: String,
    pub email: Option<String>,
    pub region: String,
}

#[derive(Debug, AsChangeset, Deserialize)]
#[diesel(table_name = suppliers)]
pub struct SupplierChanges {
    pub name: Option<String>,
    pub email: Option<String>,
    pub region: Option<String>,
    pub active: Option<bool>,
}

impl Supplier {
    /// The supplier with this id, or None.
    pub fn find(pool: &DbPool, supplier_id: i32) -> Result<Option<Supplier>, Error> {
        let mut conn = db::conn(pool)?;
        suppliers::table
            .find(supplier_id)
            .select(Supplier::as_select())
            .first(&mut conn)
            .optional()
    }

    /// Every supplier, alphabetically.
    pub fn all(pool: &DbPool) -> Result<Vec<Supplier>, Error> {
        let mut conn = db::conn(pool)?;
        suppliers::table
            .order(suppliers::name.asc())
            .select(Supplier::as_select())
            .load(&mut conn)
    }

    pub fn create(pool: &DbPool, new_supplier: &NewSupplier) -> Result<Supplier, Error> {
        let mut conn = db::conn(pool)?;
        diesel::insert_into(suppliers::table)
            .values(new_supplier)
            .returning(Supplier::as_returning())
            .get_result(&mut conn)
    }

    /// The changed supplier, or None when there is no supplier with this id.
    pub fn update(pool: &DbPool, supplier_id: i32, changes: &SupplierChanges) -> Result<Option<Supplier>, Error> {
        let mut conn = db::conn(pool)?;
        diesel::update(suppliers::table.find(supplier_id))
            .set(changes)
            .returning(Supplier::as_returning())
            .get_result(&mut conn)
            .optional()
    }

    /// How many rows went (0 or 1).
    pub fn delete(pool: &DbPool, supplier_id: i32) -> Result<usize, Error> {
        let mut conn = db::conn(pool)?;
        diesel::delete(suppliers::table.find(supplier_id)).execute(&mut conn)
    }

    /// Suppliers we still order from, alphabetically.
    pub fn active(pool: &DbPool) -> Result<Vec<Supplier>, Error> {
        let mut conn = db::conn(pool)?;
        suppliers::table
            .filter(suppliers::active.eq(true))
            .order(suppliers::name.asc())
            .select(Supplier::as_select())
            .load(&mut conn)
    }
}
