export type WalkStatus = "booked" | "in_progress" | "done" | "cancelled";

export interface Walk {
  id: number;
  dog_id: number;
  walker_id: number;
  /** joined by the API from dogs.name */
  dog_name: string;
  /** joined by the API from walkers.name */
  walker_name: string;
  /** ISO 8601 date-time, e.g. "2026-12-08T09:30:00" */
  starts_at: string;
  minutes: number;
  price_cents: number;
  status: WalkStatus;
}

export type NewWalk = Omit<Walk, "id" | "dog_name" | "walker_name">;
