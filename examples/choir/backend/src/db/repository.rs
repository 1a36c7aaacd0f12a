use diesel::prelude::*;
use diesel::SqliteConnection;

use crate::db::models::{
    Attendance, Member, MemberChanges, NewAttendance, NewMember, NewRehearsal, Rehearsal,
};
use crate::db::schema::{attendance, members, rehearsals};

// ---- members ----

pub fn list_members(conn: &mut SqliteConnection) -> QueryResult<Vec<Member>> {
    members::table
        .order(members::name.asc())
        .select(Member::as_select())
        .load(conn)
}

pub fn find_member(conn: &mut SqliteConnection, member_id: i32) -> QueryResult<Option<Member>> {
    members::table
        .find(member_id)
        .select(Member::as_select())
        .first(conn)
        .optional()
}

/// Everyone singing one part ("soprano", "alto", "tenor", "bass").
pub fn members_in_voice_part(
    conn: &mut SqliteConnection,
    voice_part: &str,
) -> QueryResult<Vec<Member>> {
    members::table
        .filter(members::voice_part.eq(voice_part))
        .order(members::name.asc())
        .select(Member::as_select())
        .load(conn)
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

/// Number of rows removed: 0 when there is no such member.
pub fn delete_member(conn: &mut SqliteConnection, member_id: i32) -> QueryResult<usize> {
    diesel::delete(members::table.find(member_id)).execute(conn)
}

// ---- rehearsals ----

pub fn list_rehearsals(conn: &mut SqliteConnection) -> QueryResult<Vec<Rehearsal>> {
    rehearsals::table
        .order(rehearsals::held_on.asc())
        .select(Rehearsal::as_select())
        .load(conn)
}

pub fn find_rehearsal(
    conn: &mut SqliteConnection,
    rehearsal_id: i32,
) -> QueryResult<Option<Rehearsal>> {
    rehearsals::table
        .find(rehearsal_id)
        .select(Rehearsal::as_select())
        .first(conn)
        .optional()
}

pub fn insert_rehearsal(
    conn: &mut SqliteConnection,
    new_rehearsal: &NewRehearsal,
) -> QueryResult<Rehearsal> {
    diesel::insert_into(rehearsals::table)
        .values(new_rehearsal)
        .returning(Rehearsal::as_returning())
        .get_result(conn)
}

// ---- attendance ----

pub fn list_attendance(conn: &mut SqliteConnection) -> QueryResult<Vec<Attendance>> {
    attendance::table
        .order(attendance::id.asc())
        .select(Attendance::as_select())
        .load(conn)
}

pub fn record_attendance(
    conn: &mut SqliteConnection,
    new_attendance: &NewAttendance,
) -> QueryResult<Attendance> {
    diesel::insert_into(attendance::table)
        .values(new_attendance)
        .returning(Attendance::as_returning())
        .get_result(conn)
}

/// The members marked present at one rehearsal.
pub fn present_at_rehearsal(
    conn: &mut SqliteConnection,
    rehearsal_id: i32,
) -> QueryResult<Vec<Member>> {
    attendance::table
        .inner_join(members::table)
        .filter(attendance::rehearsal_id.eq(rehearsal_id))
        .filter(attendance::present.eq(true))
        .order(members::name.asc())
        .select(Member::as_select())
        .load(conn)
}
