import type {
  Lesson,
  LessonInput,
  Student,
  StudentInput,
  Tutor,
  TutorUpdate,
} from "./types";

const API_URL = import.meta.env.VITE_API_URL || "/api";

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) {
    throw new Error(`${res.status} ${res.statusText}`);
  }
  return res.json();
}

export async function fetchTutors(): Promise<Tutor[]> {
  const res = await fetch(`${API_URL}/tutors`);
  return json<Tutor[]>(res);
}

export async function fetchTutor(id: string | number): Promise<Tutor> {
  const res = await fetch(`${API_URL}/tutors/${id}`);
  return json<Tutor>(res);
}

export async function updateTutor(id: number, changes: TutorUpdate): Promise<Tutor> {
  const res = await fetch(`${API_URL}/tutors/${id}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(changes),
  });
  return json<Tutor>(res);
}

export async function fetchStudents(): Promise<Student[]> {
  const res = await fetch(`${API_URL}/students`);
  return json<Student[]>(res);
}

export async function fetchStudent(id: string | number): Promise<Student> {
  const res = await fetch(`${API_URL}/students/${id}`);
  return json<Student>(res);
}

export async function createStudent(input: StudentInput): Promise<Student> {
  const res = await fetch(`${API_URL}/students`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(input),
  });
  return json<Student>(res);
}

export async function fetchLessons(): Promise<Lesson[]> {
  const res = await fetch(`${API_URL}/lessons`);
  return json<Lesson[]>(res);
}

export async function fetchLesson(id: string | number): Promise<Lesson> {
  const res = await fetch(`${API_URL}/lessons/${id}`);
  return json<Lesson>(res);
}

export async function fetchLessonsForTutor(tutorId: string | number): Promise<Lesson[]> {
  const res = await fetch(`${API_URL}/tutors/${tutorId}/lessons`);
  return json<Lesson[]>(res);
}

export async function createLesson(input: LessonInput): Promise<Lesson> {
  const res = await fetch(`${API_URL}/lessons`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(input),
  });
  return json<Lesson>(res);
}
