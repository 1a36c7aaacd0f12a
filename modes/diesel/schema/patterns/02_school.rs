// teachers with a full name, a subject, an optional office room and the date they started
diesel::table! {
    teachers (id) {
        id -> Integer,
        full_name -> Text,
        subject -> Text,
        office_room -> Nullable<Text>,
        started_on -> Date,
    }
}

// lessons taught by a teacher: a title, a start time, a length in minutes and whether it is cancelled
diesel::table! {
    lessons (id) {
        id -> Integer,
        teacher_id -> Integer,
        title -> Text,
        starts_at -> Timestamp,
        length_minutes -> Integer,
        cancelled -> Bool,
    }
}

// grades a student got in a lesson, with a score out of 100 and an optional remark
diesel::table! {
    grades (id) {
        id -> Integer,
        lesson_id -> Integer,
        student_name -> Text,
        score -> Integer,
        remark -> Nullable<Text>,
    }
}
