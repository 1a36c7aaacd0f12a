import { createResource } from "solid-js";
import { apiFetch } from "../lib/request";
import type { Booking, Stylist } from "../types/types";

export function useStylists() {
  return createResource(() => apiFetch<Stylist[]>("/stylists"));
}

export function useStylist(id: () => string) {
  return createResource(id, (stylistId) => apiFetch<Stylist>(`/stylists/${stylistId}`));
}

export function useStylistBookings(id: () => string) {
  return createResource(id, (stylistId) =>
    apiFetch<Booking[]>(`/stylists/${stylistId}/bookings`)
  );
}
