export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export interface Location {
  id: number;
  name: string;
  address: string;
  weekday: Weekday;
  opens_at: string;
  closes_at: string;
  latitude: number;
  longitude: number;
}
