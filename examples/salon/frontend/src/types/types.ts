export interface Stylist {
  id: number;
  name: string;
  phone: string;
  active: boolean;
}

export interface Service {
  id: number;
  name: string;
  minutes: number;
  priceCents: number;
}

export type BookingStatus = "booked" | "arrived" | "done" | "cancelled" | "no_show";

export interface Booking {
  id: number;
  clientName: string;
  phone: string;
  stylistId: number;
  stylistName: string;
  serviceId: number;
  serviceName: string;
  priceCents: number;
  startsAt: string;
  status: BookingStatus;
}

export interface NewBooking {
  clientName: string;
  phone: string;
  stylistId: number;
  serviceId: number;
  startsAt: string;
}

export interface ServiceInput {
  name: string;
  minutes: number;
  priceCents: number;
}
