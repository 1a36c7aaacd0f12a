import { apiFetch } from "./http";

export type Visit = {
  id: number;
  client_id: number;
  cleaner_id: number;
  /** joined in by the API for lists */
  client_name: string;
  cleaner_name: string;
  /** start of the visit, local time, e.g. "2026-12-08T09:30:00" */
  date: string;
  hours: number;
  done: boolean;
};

export type VisitInput = {
  client_id: number;
  cleaner_id: number;
  date: string;
  hours: number;
  done: boolean;
};

export type VisitFilter = {
  client_id?: number;
  cleaner_id?: number;
  /** "YYYY-MM-DD"; visits on or after this day */
  from?: string;
};

export function fetchVisits(filter: VisitFilter = {}): Promise<Visit[]> {
  const query = new URLSearchParams();
  if (filter.client_id !== undefined) query.set("client_id", String(filter.client_id));
  if (filter.cleaner_id !== undefined) query.set("cleaner_id", String(filter.cleaner_id));
  if (filter.from) query.set("from", filter.from);
  const qs = query.toString();
  return apiFetch<Visit[]>(qs ? `/visits?${qs}` : "/visits");
}

export function fetchVisit(id: number): Promise<Visit> {
  return apiFetch<Visit>(`/visits/${id}`);
}

export function createVisit(input: VisitInput): Promise<Visit> {
  return apiFetch<Visit>("/visits", { method: "POST", body: JSON.stringify(input) });
}

export function updateVisit(id: number, input: VisitInput): Promise<Visit> {
  return apiFetch<Visit>(`/visits/${id}`, { method: "PUT", body: JSON.stringify(input) });
}
