export interface Teacher {
  id: number;
  name: string;
  email: string;
  bio: string;
  specialties: string[];
  photo_url: string | null;
}

export type TeacherInput = Omit<Teacher, "id">;
