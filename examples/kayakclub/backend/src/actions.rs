use diesel::prelude::*;

use crate::models::{
    Kayak, KayakChanges, Member, MemberChanges, NewKayak, NewMember, NewOuting, Outing,
};
use crate::schema::{kayaks, members, outings};

// ---- members ----

pub fn list_members(conn: &mut SqliteConnection) -> QueryResult<Vec<Member>> {
    members::table.order(members::name.asc()).select(Member::as_select()).load(conn)
}

pub fn find_member(conn: &mut SqliteConnection, member_id: i32) -> QueryResult<Option<Member>> {
    members::table.find(member_id).select(Member::as_select()).first(conn).optional()
}

pub fn insert_member(conn: &mut SqliteConnection, new_member: &NewMember) -> QueryResult<Member> {
    diesel::insert_into(members::table)
        .values(new_member)
        .returning(Member::as_returning())
        .get_result(conn)
}

pub fn update_member(
    conn: &mut SqliteConnection,
    member_id: i32,
    changes: &MemberChanges,
) -> QueryResult<Option<Member>> {
    diesel::update(members::table.find(member_id))
        .set(changes)
        .returning(Member::as_returning())
        .get_result(conn)
        .optional()
}

/// Returns the number of deleted rows (0 when there was no such member).
pub fn delete_member(conn: &mut SqliteConnection, member_id: i32) -> QueryResult<usize> {
    diesel::delete(members::table.find(member_id)).execute(conn)
}

// ---- kayaks ----

pub fn list_kayaks(conn: &mut SqliteConnection) -> QueryResult<Vec<Kayak>> {
    kayaks::table.order(kayaks::name.asc()).select(Kayak::as_select()).load(conn)
}

/// Boats that can be taken out today (not in the shed for repairs).
pub fn kayaks_in_service(conn: &mut SqliteConnection) -> QueryResult<Vec<Kayak>> {
    kayaks::table
        .filter(kayaks::in_service.eq(true))
        .order(kayaks::name.asc())
        .select(Kayak::as_select())
        .load(conn)
}

pub fn find_kayak(conn: &mut SqliteConnection, kayak_id: i32) -> QueryResult<Option<Kayak>> {
    kayaks::table.find(kayak_id).select(Kayak::as_select()).first(conn).optional()
}

pub fn insert_kayak(conn: &mut SqliteConnection, new_kayak: &NewKayak) -> QueryResult<Kayak> {
    diesel::insert_into(kayaks::table)
        .values(new_kayak)
        .returning(Kayak::as_returning())
        .get_result(conn)
}

pub fn update_kayak(
    conn: &mut SqliteConnection,
    kayak_id: i32,
    changes: &KayakChanges,
) -> QueryResult<Option<Kayak>> {
    diesel::update(kayaks::table.find(kayak_id))
        .set(changes)
        .returning(Kayak::as_returning())
        .get_result(conn)
        .optional()
}

/// Returns the number of deleted rows (0 when there was no such kayak).
pub fn delete_kayak(conn: &mut SqliteConnection, kayak_id: i32) -> QueryResult<usize> {
    diesel::delete(kayaks::table.find(kayak_id)).execute(conn)
}

// ---- outings ----

pub fn list_outings(conn: &mut SqliteConnection) -> QueryResult<Vec<Outing>> {
    outings::table.order(outings::starts_at.desc()).select(Outing::as_select()).load(conn)
}

pub fn find_outing(conn: &mut SqliteConnection, outing_id: i32) -> QueryResult<Option<Outing>> {
    outings::table.find(outing_id).select(Outing::as_select()).first(conn).optional()
}

/// Outings whose kayak has not been brought back yet, earliest first.
pub fn outings_still_out(conn: &mut SqliteConnection) -> QueryResult<Vec<Outing>> {
    outings::table
        .filter(outings::returned.eq(false))
        .order(outings::starts_at.asc())
        .select(Outing::as_select())
        .load(conn)
}

/// Every outing one member has booked, newest first.
pub fn outings_for_member(conn: &mut SqliteConnection, member_id: i32) -> QueryResult<Vec<Outing>> {
    outings::table
        .filter(outings::member_id.eq(member_id))
        .order(outings::starts_at.desc())
        .select(Outing::as_select())
        .load(conn)
}

pub fn insert_outing(conn: &mut SqliteConnection, new_outing: &NewOuting) -> QueryResult<Outing> {
    diesel::insert_into(outings::table)
        .values(new_outing)
        .returning(Outing::as_returning())
        .get_result(conn)
}

/// Checks a kayak back in: sets `returned` on the outing. None when there is no such outing.
pub fn mark_returned(conn: &mut SqliteConnection, outing_id: i32) -> QueryResult<Option<Outing>> {
    diesel::update(outings::table.find(outing_id))
        .set(outings::returned.eq(true))
        .returning(Outing::as_returning())
        .get_result(conn)
        .optional()
}

/// Returns the number of deleted rows (0 when there was no such outing).
pub fn delete_outing(conn: &mut SqliteConnection, outing_id: i32) -> QueryResult<usize> {
    diesel::delete(outings::table.find(outing_id)).execute(conn)
}
