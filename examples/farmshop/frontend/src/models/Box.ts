export type BoxSize = "small" | "medium" | "large";

export interface Box {
  id: number;
  name: string;
  size: BoxSize;
  price_cents: number;
}
