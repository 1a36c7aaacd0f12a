use chrono::NaiveDate;
use diesel::prelude::*;

use super::Database;
use crate::models::{NewOrder, Order};
use crate::schema::orders;

impl Database {
    pub fn list_orders(&self) -> anyhow::Result<Vec<Order>> {
        let mut conn = self.conn()?;
        let rows = orders::table
            .order((orders::delivery_date.asc(), orders::id.asc()))
            .select(Order::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn find_order(&self, id: i32) -> anyhow::Result<Option<Order>> {
        let mut conn = self.conn()?;
        let row = orders::table
            .find(id)
            .select(Order::as_select())
            .first(&mut conn)
            .optional()?;
        Ok(row)
    }

    pub fn orders_for_customer(&self, customer_id: i32) -> anyhow::Result<Vec<Order>> {
        let mut conn = self.conn()?;
        let rows = orders::table
            .filter(orders::customer_id.eq(customer_id))
            .order(orders::delivery_date.desc())
            .select(Order::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn deliveries_on(&self, date: NaiveDate) -> anyhow::Result<Vec<Order>> {
        let mut conn = self.conn()?;
        let rows = orders::table
            .filter(orders::delivery_date.eq(date))
            .filter(orders::status.ne("delivered"))
            .order(orders::delivery_address.asc())
            .select(Order::as_select())
            .load(&mut conn)?;
        Ok(rows)
    }

    pub fn create_order(&self, new: NewOrder) -> anyhow::Result<Order> {
        let mut conn = self.conn()?;
        let row = diesel::insert_into(orders::table)
            .values(&new)
            .returning(Order::as_returning())
            .get_result(&mut conn)?;
        Ok(row)
    }

    pub fn update_order(&self, id: i32, changes: NewOrder) -> anyhow::Result<Option<Order>> {
        let mut conn = self.conn()?;
        let row = diesel::update(orders::table.find(id))
            .set(&changes)
            .returning(Order::as_returning())
            .get_result(&mut conn)
            .optional()?;
        Ok(row)
    }

    pub fn mark_paid(&self, id: i32) -> anyhow::Result<Option<Order>> {
        let mut conn = self.conn()?;
        let row = diesel::update(orders::table.find(id))
            .set(orders::paid.eq(true))
            .returning(Order::as_returning())
            .get_result(&mut conn)
            .optional()?;
        Ok(row)
    }

    pub fn delete_order(&self, id: i32) -> anyhow::Result<Option<Order>> {
        let mut conn = self.conn()?;
        let row = diesel::delete(orders::table.find(id))
            .returning(Order::as_returning())
            .get_result(&mut conn)
            .optional()?;
        Ok(row)
    }
}
