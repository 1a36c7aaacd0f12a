export type BookingStatus = "confirmed" | "waitlisted" | "cancelled";

export interface Booking {
  id: number;
  class_id: number;
  student_name: string;
  student_email: string;
  status: BookingStatus;
  created_at: string;
}

export interface NewBooking {
  class_id: number;
  student_name: string;
  student_email: string;
}
