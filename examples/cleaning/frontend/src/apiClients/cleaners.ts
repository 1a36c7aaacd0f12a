import { apiFetch } from "./http";

export type Cleaner = {
  id: number;
  name: string;
  hourly_rate_cents: number;
};

export function fetchCleaners(): Promise<Cleaner[]> {
  return apiFetch<Cleaner[]>("/cleaners");
}

export function fetchCleaner(id: number): Promise<Cleaner> {
  return apiFetch<Cleaner>(`/cleaners/${id}`);
}
