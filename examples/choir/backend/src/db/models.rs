use diesel::prelude::*;

use crate::db::schema::{attendance, members, rehearsals};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = members)]
pub struct Member {
    pub id: i32,
    pub name: String,
    pub voice_part: String,
    pub email: String,
    pub joined_on: String,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = members)]
pub struct NewMember {
    pub name: String,
    pub voice_part: String,
    pub email: String,
    pub joined_on: String,
}

#[derive(Debug, AsChangeset)]
#[diesel(table_name = members)]
pub struct MemberChanges {
    pub name: String,
    pub voice_part: String,
    pub email: String,
    pub joined_on: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = rehearsals)]
pub struct Rehearsal {
    pub id: i32,
    pub held_on: String,
    pub venue: String,
    pub notes: String,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = rehearsals)]
pub struct NewRehearsal {
    pub held_on: String,
    pub venue: String,
    pub notes: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, Associations)]
#[diesel(table_name = attendance)]
#[diesel(belongs_to(Member))]
#[diesel(belongs_to(Rehearsal))]
pub struct Attendance {
    pub id: i32,
    pub member_id: i32,
    pub rehearsal_id: i32,
    pub present: bool,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = attendance)]
pub struct NewAttendance {
    pub member_id: i32,
    pub rehearsal_id: i32,
    pub present: bool,
}
