export type PotSize = "small" | "medium" | "large" | "xl";

export interface Plant {
  id: number;
  name: string;
  species: string;
  potSize: PotSize;
  priceCents: number;
  stock: number;
}

export type PlantInput = Omit<Plant, "id">;
