use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use diesel::prelude::*;

use crate::models::{Firing, Kiln, Member, NewFiring, NewMember};
use crate::response::respond;
use crate::schema::{firings, kilns, members};
use crate::AppState;

pub async fn list_members(state: web::Data<AppState>) -> HttpResponse {
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = members::table
        .order(members::name.asc())
        .select(Member::as_select())
        .load(&mut conn);
    respond(result, StatusCode::OK)
}

pub async fn get_member(state: web::Data<AppState>, path: web::Path<i32>) -> HttpResponse {
    let id = path.into_inner();
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = members::table
        .find(id)
        .select(Member::as_select())
        .first(&mut conn);
    respond(result, StatusCode::OK)
}

pub async fn create_member(state: web::Data<AppState>, body: web::Json<NewMember>) -> HttpResponse {
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = diesel::insert_into(members::table)
        .values(&body.into_inner())
        .returning(Member::as_returning())
        .get_result(&mut conn);
    respond(result, StatusCode::OK)
}

pub async fn list_kilns(state: web::Data<AppState>) -> HttpResponse {
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = kilns::table
        .order(kilns::code.asc())
        .select(Kiln::as_select())
        .load(&mut conn);
    respond(result, StatusCode::OK)
}

pub async fn get_kiln(state: web::Data<AppState>, path: web::Path<String>) -> HttpResponse {
    let code = path.into_inner();
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = kilns::table
        .find(code)
        .select(Kiln::as_select())
        .first(&mut conn);
    respond(result, StatusCode::OK)
}

pub async fn list_firings(state: web::Data<AppState>) -> HttpResponse {
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = firings::table
        .order(firings::fired_on.desc())
        .select(Firing::as_select())
        .load(&mut conn);
    respond(result, StatusCode::OK)
}

pub async fn get_firing(state: web::Data<AppState>, path: web::Path<i32>) -> HttpResponse {
    let id = path.into_inner();
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = firings::table
        .find(id)
        .select(Firing::as_select())
        .first(&mut conn);
    respond(result, StatusCode::OK)
}

pub async fn create_firing(state: web::Data<AppState>, body: web::Json<NewFiring>) -> HttpResponse {
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = diesel::insert_into(firings::table)
        .values(&body.into_inner())
        .returning(Firing::as_returning())
        .get_result(&mut conn);
    respond(result, StatusCode::OK)
}

pub async fn delete_firing(state: web::Data<AppState>, path: web::Path<i32>) -> HttpResponse {
    let id = path.into_inner();
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = diesel::delete(firings::table.find(id))
        .execute(&mut conn)
        .and_then(|deleted| match deleted {
            0 => Err(diesel::result::Error::NotFound),
            _ => Ok(format!("firing {id} deleted")),
        });
    respond(result, StatusCode::OK)
}

pub async fn get_member_firing(
    state: web::Data<AppState>,
    path: web::Path<(i32, i32)>,
) -> HttpResponse {
    let (member_id, firing_id) = path.into_inner();
    let mut conn = state.pool.get().expect("couldn't get db connection from pool");
    let result = firings::table
        .filter(firings::member_id.eq(member_id))
        .filter(firings::id.eq(firing_id))
        .select(Firing::as_select())
        .first(&mut conn);
    respond(result, StatusCode::OK)
}
