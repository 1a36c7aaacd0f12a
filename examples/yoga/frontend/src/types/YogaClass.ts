export type ClassLevel = "beginner" | "intermediate" | "advanced" | "all_levels";

export interface YogaClass {
  id: number;
  title: string;
  style: string;
  teacher_id: number;
  level: ClassLevel;
  starts_at: string;
  duration_minutes: number;
  capacity: number;
  spots_left: number;
  room: string;
}

export type YogaClassInput = Omit<YogaClass, "id" | "spots_left">;
