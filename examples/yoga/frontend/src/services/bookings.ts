import type { Booking, NewBooking } from "../types";
import { request } from "./request";

export function getBookings(): Promise<Booking[]> {
  return request<Booking[]>("/bookings");
}

export function getBookingById(id: number | string): Promise<Booking> {
  return request<Booking>(`/bookings/${id}`);
}

export function getBookingsByClass(classId: number | string): Promise<Booking[]> {
  return request<Booking[]>(`/classes/${classId}/bookings`);
}

export function createBooking(input: NewBooking): Promise<Booking> {
  return request<Booking>("/bookings", {
    method: "POST",
    body: JSON.stringify(input),
  });
}

export function cancelBooking(id: number): Promise<Booking> {
  return request<Booking>(`/bookings/${id}/cancel`, { method: "POST" });
}
