import { z } from "zod";

export const artistSchema = z.object({
  id: z.number().int(),
  name: z.string().min(1, "Name is required"),
  speciality: z.string(),
  hourly_rate_cents: z.number().int().nonnegative(),
  instagram: z.string().nullable(),
  active: z.boolean(),
});

export const artistInputSchema = artistSchema.omit({ id: true });

export type Artist = z.infer<typeof artistSchema>;
export type ArtistInput = z.infer<typeof artistInputSchema>;
