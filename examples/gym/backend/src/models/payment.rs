use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::models::member::Member;
use crate::schema::payments;

/// A membership fee or a one-off payment by a member. A refund keeps the row with
/// `refunded = true` and the time of the refund.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations, Serialize)]
#[diesel(table_name = payments)]
#[diesel(belongs_to(Member))]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Payment {
    pub id: i32,
    pub member_id: i32,
    pub amount_cents: i64,
    pub paid_on: NaiveDate,
    pub refunded: bool,
    pub refunded_at: Option<NaiveDateTime>,
    pub note: Option<String>,
}

#[derive(Debug, Insertable, Deserialize)]
#[diesel(table_name = payments)]
pub struct NewPayment {
    pub member_id: i32,
    pub amount_cents: i64,
    pub paid_on: NaiveDate,
    pub note: Option<String>,
}

impl Payment {
    pub fn list_for_member(conn: &mut SqliteConnection, member_id: i32) -> QueryResult<Vec<Payment>> {
        payments::table
            .filter(payments::member_id.eq(member_id))
            .order(payments::paid_on.desc())
            .select(Payment::as_select())
            .load(conn)
    }
}
