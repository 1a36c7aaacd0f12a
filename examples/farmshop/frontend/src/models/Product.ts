export interface Product {
  id: number;
  name: string;
  /** what one price_cents buys: "kg", "bunch", "each", "500g" */
  unit: string;
  price_cents: number;
  in_season: boolean;
}

export type ProductInput = Omit<Product, "id">;
