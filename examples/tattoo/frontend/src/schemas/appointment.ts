import { z } from "zod";

export const appointmentStatusSchema = z.enum(["booked", "confirmed", "done", "cancelled", "no_show"]);

export const appointmentSchema = z.object({
  id: z.number().int(),
  client_id: z.number().int().positive(),
  artist_id: z.number().int().positive(),
  starts_at: z.string().datetime({ offset: true }),
  hours: z.number().positive().max(10, "Book sessions longer than 10 hours as two"),
  deposit_cents: z.number().int().nonnegative(),
  design_notes: z.string(),
  status: appointmentStatusSchema,
});

export const appointmentInputSchema = appointmentSchema.omit({ id: true });
export const appointmentUpdateSchema = appointmentInputSchema.partial();

export type AppointmentStatus = z.infer<typeof appointmentStatusSchema>;
export type Appointment = z.infer<typeof appointmentSchema>;
export type AppointmentInput = z.infer<typeof appointmentInputSchema>;
export type AppointmentUpdate = z.infer<typeof appointmentUpdateSchema>;
