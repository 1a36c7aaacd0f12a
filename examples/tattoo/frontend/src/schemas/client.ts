import { z } from "zod";

export const clientSchema = z.object({
  id: z.number().int(),
  name: z.string().min(1, "Name is required"),
  phone: z.string().min(6, "Phone number looks too short"),
  email: z.string().email("Not a valid email").nullable(),
  allergies: z.string().nullable(),
  created_at: z.string(),
});

export const clientInputSchema = clientSchema.omit({ id: true, created_at: true });

export type Client = z.infer<typeof clientSchema>;
export type ClientInput = z.infer<typeof clientInputSchema>;
