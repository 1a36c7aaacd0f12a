pub mod by_voice_part;
pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod update;

use serde::Serialize;

use crate::db::models::Member;

/// What the API shows about a member. Email addresses stay private, so they are not included.
#[derive(Debug, Serialize)]
pub struct MemberResponse {
    pub id: i32,
    pub name: String,
    pub voice_part: String,
    pub joined_on: String,
}

impl From<Member> for MemberResponse {
    fn from(member: Member) -> Self {
        MemberResponse {
            id: member.id,
            name: member.name,
            voice_part: member.voice_part,
            joined_on: member.joined_on,
        }
    }
}
