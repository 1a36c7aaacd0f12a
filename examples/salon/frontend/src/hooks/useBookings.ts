import { createResource, createSignal } from "solid-js";
import { apiFetch } from "../lib/request";
import type { Booking, BookingStatus, NewBooking } from "../types/types";

export function useBookings() {
  return createResource(() => apiFetch<Booking[]>("/bookings"));
}

export function useBooking(id: () => string) {
  return createResource(id, (bookingId) => apiFetch<Booking>(`/bookings/${bookingId}`));
}

export function useCreateBooking() {
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string>();

  const createBooking = async (input: NewBooking) => {
    setSaving(true);
    setError(undefined);
    try {
      return await apiFetch<Booking>("/bookings", {
        method: "POST",
        body: JSON.stringify(input),
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      throw e;
    } finally {
      setSaving(false);
    }
  };

  return { createBooking, saving, error };
}

export function useUpdateBookingStatus() {
  const [saving, setSaving] = createSignal(false);

  const updateStatus = async (id: number, status: BookingStatus) => {
    setSaving(true);
    try {
      return await apiFetch<Booking>(`/bookings/${id}/status`, {
        method: "PUT",
        body: JSON.stringify({ status }),
      });
    } finally {
      setSaving(false);
    }
  };

  return { updateStatus, saving };
}
