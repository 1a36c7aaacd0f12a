// schema.rs
diesel::table! {
    members (id) {
        id -> Integer,
        email -> Text,
        display_name -> Text,
        active -> Bool,
        team_id -> Nullable<Integer>,
        joined_at -> Timestamp,
    }
}

// models/member.rs
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = members)]
pub struct Member {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub active: bool,
    pub team_id: Option<i32>,
    pub joined_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = members)]
pub struct MemberChanges<'a> {
    pub display_name: Option<&'a str>,
    pub team_id: Option<Option<i32>>,
}

impl Member {
    /// Find a member by id.
    pub fn find(conn: &mut SqliteConnection, id: i32) -> QueryResult<Member> {
        members::table
            .find(id)
            .select(Member::as_select())
            .first(conn)
    }

    /// Is this email already taken?
    pub fn email_exists(conn: &mut SqliteConnection, email: &str) -> QueryResult<bool> {
        diesel::select(diesel::dsl::exists(members::table.filter(members::email.eq(email))))
            .get_result(conn)
    }

    /// Active members without a team.
    pub fn list_without_team(conn: &mut SqliteConnection) -> QueryResult<Vec<Member>> {
        members::table
            .filter(members::team_id.is_null())
            .filter(members::active.eq(true))
            .order(members::display_name.asc())
            .select(Member::as_select())
            .load(conn)
    }

    /// Apply changes to a member and return the updated row.
    pub fn update(conn: &mut SqliteConnection, id: i32, changes: &MemberChanges) -> QueryResult<Member> {
        diesel::update(members::table.find(id))
            .set(changes)
            .returning(Member::as_returning())
            .get_result(conn)
    }

    /// Deactivate a member.
    pub fn deactivate(conn: &mut SqliteConnection, id: i32) -> QueryResult<usize> {
        diesel::update(members::table.find(id))
            .set(members::active.eq(false))
            .execute(conn)
    }

    /// Delete a member.
    pub fn delete(conn: &mut SqliteConnection, id: i32) -> QueryResult<usize> {
        diesel::delete(members::table.find(id)).execute(conn)
    }
}
