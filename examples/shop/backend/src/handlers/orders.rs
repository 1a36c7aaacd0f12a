use actix_web::{get, post, web, HttpResponse};
use chrono::Utc;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::customer::Customer;
use crate::models::enums::OrderStatus;
use crate::models::order::{NewOrder, Order};
use crate::models::order_item::{NewOrderItem, OrderItem};
use crate::models::product::Product;
use crate::schema::{order_items, orders, products};

/// What the checkout sends: who buys and how many of which products.
#[derive(Debug, Deserialize)]
pub struct PlaceOrder {
    pub customer_id: i32,
    pub lines: Vec<OrderLine>,
}

#[derive(Debug, Deserialize)]
pub struct OrderLine {
    pub product_id: i32,
    pub quantity: i32,
}

#[derive(Debug, Serialize)]
pub struct OrderWithItems {
    #[serde(flatten)]
    pub order: Order,
    pub items: Vec<OrderItem>,
}

#[get("/orders/{id}")]
pub async fn get_order(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let order = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let order = Order::find(&mut conn, id)?;
        let items = order.items(&mut conn)?;
        Ok(OrderWithItems { order, items })
    })
    .await??;
    Ok(HttpResponse::Ok().json(order))
}

#[get("/customers/{id}/orders")]
pub async fn list_customer_orders(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let customer_id = id.into_inner();
    let orders = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let customer = Customer::find(&mut conn, customer_id)?;
        let orders = Order::belonging_to(&customer)
            .order(orders::placed_at.desc())
            .select(Order::as_select())
            .load(&mut conn)?;
        Ok(orders)
    })
    .await??;
    Ok(HttpResponse::Ok().json(orders))
}

/// Places an order in one transaction: prices are read now, stock goes down, and the order
/// starts as pending.
#[post("/orders")]
pub async fn place_order(pool: web::Data<DbPool>, body: web::Json<PlaceOrder>) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    if body.lines.is_empty() || body.lines.iter().any(|line| line.quantity <= 0) {
        return Err(ApiError::BadRequest("an order needs lines with a positive quantity".to_owned()));
    }
    let order = web::block(move || -> Result<_, ApiError> {
        let mut pooled = pool.get()?;
        let conn: &mut SqliteConnection = &mut pooled;
        conn.transaction::<_, ApiError, _>(|conn| {
            let mut priced = Vec::with_capacity(body.lines.len());
            let mut total_cents: i64 = 0;
            for line in &body.lines {
                let product = Product::find(conn, line.product_id)?;
                if !product.active || product.stock < line.quantity {
                    return Err(ApiError::BadRequest(format!("`{}` is not available", product.title)));
                }
                total_cents += i64::from(product.price_cents) * i64::from(line.quantity);
                priced.push((product, line.quantity));
            }
            let new_order = NewOrder {
                customer_id: body.customer_id,
                status: OrderStatus::Pending.as_str().to_owned(),
                placed_at: Utc::now().naive_utc(),
                total_cents,
            };
            let order = diesel::insert_into(orders::table)
                .values(&new_order)
                .returning(Order::as_returning())
                .get_result(conn)?;
            for (product, quantity) in priced {
                let item = NewOrderItem {
                    order_id: order.id,
                    product_id: product.id,
                    quantity,
                    unit_price_cents: product.price_cents,
                };
                diesel::insert_into(order_items::table).values(&item).execute(conn)?;
                diesel::update(products::table.find(product.id))
                    .set(products::stock.eq(products::stock - quantity))
                    .execute(conn)?;
            }
            Ok(order)
        })
    })
    .await??;
    Ok(HttpResponse::Created().json(order))
}
