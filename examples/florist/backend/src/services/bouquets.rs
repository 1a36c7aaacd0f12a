use diesel::prelude::*;

use super::Database;
use crate::models::{Bouquet, NewBouquet};
use crate::schema::bouquets;

impl Database {
    pub fn list_bouquets(&self) -> anyhow::Result<Vec<Bouquet>> {
        let mut conn = self.conn()?;
        let rows = bouquets::table
            .order(bouquets::name.asc())
            .select(Bouquet::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn find_bouquet(&self, id: i32) -> anyhow::Result<Option<Bouquet>> {
        let mut conn = self.conn()?;
        let row = bouquets::table
            .find(id)
            .select(Bouquet::as_select())
            .first(&mut conn)
            .optional()?;
        Ok(row)
    }

    pub fn create_bouquet(&self, new: NewBouquet) -> anyhow::Result<Bouquet> {
        let mut conn = self.conn()?;
        let row = diesel::insert_into(bouquets::table)
            .values(&new)
            .returning(Bouquet::as_returning())
            .get_result(&mut conn)?;
        Ok(row)
    }

    pub fn update_bouquet(&self, id: i32, changes: NewBouquet) -> anyhow::Result<Option<Bouquet>> {
        let mut conn = self.conn()?;
        let row = diesel::update(bouquets::table.find(id))
            .set(&changes)
            .returning(Bouquet::as_returning())
            .get_result(&mut conn)
            .optional()?;
        Ok(row)
    }

    pub fn delete_bouquet(&self, id: i32) -> anyhow::Result<Option<Bouquet>> {
        let mut conn = self.conn()?;
        let row = diesel::delete(bouquets::table.find(id))
            .returning(Bouquet::as_returning())
            .get_result(&mut conn)
            .optional()?;
        Ok(row)
    }
}
