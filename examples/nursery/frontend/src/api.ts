// Client for the nursery backend. Every call goes to /api, which Vite forwards to the Actix app.
import type { Customer, NewCustomer, NewPlant, NewSupplier, Plant, PlantChanges, Supplier } from "./types";

export class RequestFailed extends Error {
  constructor(
    public status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    // The backend answers {"error": "..."} on failure.
    const text = await response.text();
    let message = text || response.statusText;
    try {
      message = (JSON.parse(text) as { error: string }).error;
    } catch {
      // not JSON: keep the text
    }
    throw new RequestFailed(response.status, message);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const listSuppliers = () => call<Supplier[]>("GET", "/suppliers");
export const listActiveSuppliers = () => call<Supplier[]>("GET", "/active-suppliers");
export const getSupplier = (id: number) => call<Supplier>("GET", `/suppliers/${id}`);
export const createSupplier = (supplier: NewSupplier) => call<Supplier>("POST", "/suppliers", supplier);
export const listSupplierPlants = (supplierId: number) => call<Plant[]>("GET", `/suppliers/${supplierId}/plants`);

export const listPlants = () => call<Plant[]>("GET", "/plants");
export const getPlant = (id: number) => call<Plant>("GET", `/plants/${id}`);
export const createPlant = (plant: NewPlant) => call<Plant>("POST", "/plants", plant);
export const updatePlant = (id: number, changes: PlantChanges) => call<Plant>("PATCH", `/plants/${id}`, changes);
export const deletePlant = (id: number) => call<void>("DELETE", `/plants/${id}`);
export const searchPlants = (term: string) => call<Plant[]>("GET", `/plants/search/${encodeURIComponent(term)}`);
export const listRunningLow = (below: number) => call<Plant[]>("GET", `/plants/running-low/${below}`);

export const listCustomers = () => call<Customer[]>("GET", "/customers");
export const createCustomer = (customer: NewCustomer) => call<Customer>("POST", "/customers", customer);
export const findCustomerByEmail = (email: string) =>
  call<Customer>("GET", `/customers/by-email/${encodeURIComponent(email)}`);
export const listNewsletterCustomers = () => call<Customer[]>("GET", "/customers/newsletter");

/** 1299 -> "£12.99" */
export const money = (cents: number) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }).format(cents / 100);
