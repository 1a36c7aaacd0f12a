// The JSON the nursery backend (../backend/src/models) sends and takes. Field names are the Rust
// structs' own (serde keeps snake_case); dates are ISO strings, money is in cents.

/** models::supplier::Supplier */
export interface Supplier {
  id: number;
  name: string;
  email: string | null;
  region: string;
  active: boolean;
}

/** models::supplier::NewSupplier (a new supplier starts active) */
export interface NewSupplier {
  name: string;
  email: string | null;
  region: string;
}

/** models::plant::Plant */
export interface Plant {
  id: number;
  supplier_id: number;
  common_name: string;
  latin_name: string | null;
  price_cents: number;
  stock: number;
  /** survives frost outdoors */
  hardy: boolean;
  /** `YYYY-MM-DD` */
  potted_on: string | null;
}

/** models::plant::NewPlant */
export type NewPlant = Omit<Plant, "id">;

/** models::plant::PlantChanges: only the fields sent change */
export interface PlantChanges {
  common_name?: string;
  latin_name?: string;
  price_cents?: number;
  stock?: number;
  hardy?: boolean;
  potted_on?: string;
}

/** models::customer::Customer */
export interface Customer {
  id: number;
  full_name: string;
  email: string;
  loyalty_points: number;
  newsletter: boolean;
  /** `YYYY-MM-DDTHH:MM:SS` */
  joined_at: string;
}

/** models::customer::NewCustomer (points start at 0) */
export interface NewCustomer {
  full_name: string;
  email: string;
  newsletter: boolean;
}
