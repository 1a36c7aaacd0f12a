use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbPool;
use crate::models::batch::Batch;
use crate::models::customer::Customer;
use crate::models::keg::Keg;
use crate::schema::deliveries;

/// One keg of one batch taken to a customer. `delivered_at` is empty until the van has dropped
/// it off; `paid_at` is set together with `paid` when the invoice is settled.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = deliveries)]
#[diesel(belongs_to(Customer))]
#[diesel(belongs_to(Keg))]
#[diesel(belongs_to(Batch))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Delivery {
    pub id: i32,
    pub customer_id: i32,
    pub keg_id: i32,
    pub batch_id: i32,
    pub scheduled_on: NaiveDate,
    pub delivered_at: Option<NaiveDateTime>,
    pub price_cents: i64,
    pub paid: bool,
    pub paid_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = deliveries)]
pub struct NewDelivery {
    pub customer_id: i32,
    pub keg_id: i32,
    pub batch_id: i32,
    pub scheduled_on: NaiveDate,
    pub price_cents: i64,
}

impl Delivery {
    pub fn find(pool: &DbPool, id: i32) -> Result<Delivery, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        deliveries::table.find(id).select(Delivery::as_select()).first(&mut conn)
    }

    pub fn create(pool: &DbPool, new_delivery: &NewDelivery) -> Result<Delivery, diesel::result::Error> {
        let mut conn = pool.get().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        diesel::insert_into(deliveries::table)
            .values(new_delivery)
            .returning(Delivery::as_returning())
            .get_result(&mut conn)
    }
}
