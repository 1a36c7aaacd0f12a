// Shapes of the studio API (see README). Declared globally: use them without importing.

type Level = "beginner" | "intermediate" | "advanced";

interface Pupil {
  id: number;
  name: string;
  level: Level;
  parent_email: string;
}

interface Lesson {
  id: number;
  pupil_id: number;
  /** joined by the API from pupils.name */
  pupil_name: string;
  /** ISO 8601 date-time, e.g. "2026-12-08T16:30:00" */
  starts_at: string;
  length_minutes: number;
  paid: boolean;
}

interface Recital {
  id: number;
  title: string;
  /** a date, "YYYY-MM-DD" */
  held_on: string;
  venue: string;
}

type NewPupil = Omit<Pupil, "id">;
type NewLesson = Omit<Lesson, "id" | "pupil_name">;
type NewRecital = Omit<Recital, "id">;
