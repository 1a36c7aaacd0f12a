use actix_web::{get, post, web, HttpResponse};
use chrono::Utc;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbPool;
use crate::handlers::ApiError;
use crate::models::booking::{Booking, NewBooking};
use crate::models::class::Class;
use crate::models::enums::BookingStatus;
use crate::models::member::Member;
use crate::schema::bookings;

#[derive(Debug, Deserialize)]
pub struct BookClass {
    pub member_id: i32,
}

#[derive(Debug, Serialize)]
pub struct ClassWithBookings {
    #[serde(flatten)]
    pub class: Class,
    pub bookings: Vec<Booking>,
}

#[get("/classes")]
pub async fn list_upcoming(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {
    let now = Utc::now().naive_utc();
    let classes = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        Ok(Class::upcoming(&mut conn, now)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(classes))
}

#[get("/classes/{id}")]
pub async fn get_class(pool: web::Data<DbPool>, id: web::Path<i32>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let class = web::block(move || -> Result<_, ApiError> {
        let mut conn = pool.get()?;
        let class = Class::find(&mut conn, id)?;
        let bookings = Booking::list_for_class(&mut conn, id)?;
        Ok(ClassWithBookings { class, bookings })
    })
    .await??;
    Ok(HttpResponse::Ok().json(class))
}

/// Books a member into a class in one transaction, so two members cannot take the last place.
#[post("/classes/{id}/bookings")]
pub async fn book_class(
    pool: web::Data<DbPool>,
    id: web::Path<i32>,
    body: web::Json<BookClass>,
) -> Result<HttpResponse, ApiError> {
    let class_id = id.into_inner();
    let member_id = body.into_inner().member_id;
    let now = Utc::now().naive_utc();
    let booking = web::block(move || -> Result<_, ApiError> {
        let mut pooled = pool.get()?;
        let conn: &mut SqliteConnection = &mut pooled;
        conn.transaction::<_, ApiError, _>(|conn| {
            let member = Member::find(conn, member_id)?;
            if !member.active {
                return Err(ApiError::BadRequest(format!("{} has no active membership", member.full_name)));
            }
            let class = Class::find(conn, class_id)?;
            if class.cancelled || class.starts_at <= now {
                return Err(ApiError::BadRequest(format!("`{}` cannot be booked", class.title)));
            }
            let taken: Vec<Booking> = Booking::list_for_class(conn, class_id)?
                .into_iter()
                .filter(|booking| booking.booking_status() != Some(BookingStatus::Cancelled))
                .collect();
            if taken.iter().any(|booking| booking.member_id == member_id) {
                return Err(ApiError::BadRequest("already booked".to_owned()));
            }
            if taken.len() >= class.capacity as usize {
                return Err(ApiError::BadRequest(format!("`{}` is full", class.title)));
            }
            let new_booking = NewBooking {
                member_id,
                class_id,
                status: BookingStatus::Booked.as_str().to_owned(),
                booked_at: now,
            };
            let booking = diesel::insert_into(bookings::table)
                .values(&new_booking)
                .returning(Booking::as_returning())
                .get_result(conn)?;
            Ok(booking)
        })
    })
    .await??;
    Ok(HttpResponse::Created().json(booking))
}
