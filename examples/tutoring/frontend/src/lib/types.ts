export type Subject = "math" | "physics" | "chemistry" | "english" | "spanish" | "history";

export type Tutor = {
  id: number;
  full_name: string;
  email: string;
  subjects: Subject[];
  hourly_rate_cents: number;
  bio: string;
  active: boolean;
};

export type Student = {
  id: number;
  full_name: string;
  grade: number;
  parent_name: string;
  parent_email: string;
  joined_on: string;
};

export type LessonStatus = "scheduled" | "completed" | "cancelled" | "no_show";

export type Lesson = {
  id: number;
  tutor_id: number;
  student_id: number;
  subject: Subject;
  scheduled_at: string;
  duration_minutes: number;
  status: LessonStatus;
  notes: string | null;
};

export type TutorUpdate = Partial<Omit<Tutor, "id">>;

export type LessonInput = Omit<Lesson, "id" | "status">;

export type StudentInput = Omit<Student, "id" | "joined_on">;
