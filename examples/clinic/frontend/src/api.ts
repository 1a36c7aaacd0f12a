// Typed client for the Actix backend (`backend/src/handlers`). Field names match the Rust
// structs, which serde serializes as they are written (snake_case).

export type Species = "dog" | "cat" | "bird" | "rabbit" | "reptile" | "other";
export type AppointmentStatus = "scheduled" | "completed" | "cancelled" | "no_show";

export const SPECIES: Species[] = ["dog", "cat", "bird", "rabbit", "reptile", "other"];

export interface Owner {
  id: number;
  full_name: string;
  email: string;
  phone: string | null;
  created_at: string;
}

export interface NewOwner {
  full_name: string;
  email: string;
  phone: string | null;
}

export interface Pet {
  id: number;
  owner_id: number;
  name: string;
  species: Species;
  breed: string | null;
  born_on: string | null;
  weight_kg: number;
}

export type NewPet = Omit<Pet, "id">;

export interface Vet {
  id: number;
  full_name: string;
  email: string;
  specialty: string;
  active: boolean;
  hired_on: string;
}

export interface Appointment {
  id: number;
  pet_id: number;
  vet_id: number;
  status: AppointmentStatus;
  scheduled_at: string;
  reason: string;
  notes: string | null;
}

export interface BookAppointment {
  pet_id: number;
  vet_id: number;
  /** `YYYY-MM-DDTHH:MM:SS`, local clinic time */
  scheduled_at: string;
  reason: string;
}

export interface AppointmentChanges {
  vet_id?: number;
  status?: AppointmentStatus;
  scheduled_at?: string;
  reason?: string;
  notes?: string;
}

export interface Invoice {
  id: number;
  appointment_id: number;
  amount_cents: number;
  paid: boolean;
  paid_at: string | null;
  issued_at: string;
}

export class ApiError extends Error {
  constructor(
    public status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`/api${path}`, {
    ...init,
    headers: { "Content-Type": "application/json", ...init?.headers },
  });
  if (!response.ok) {
    throw new ApiError(response.status, (await response.text()) || response.statusText);
  }
  return response.json() as Promise<T>;
}

const post = <T>(path: string, body: unknown) => request<T>(path, { method: "POST", body: JSON.stringify(body) });
const patch = <T>(path: string, body: unknown) => request<T>(path, { method: "PATCH", body: JSON.stringify(body) });

export const listOwners = () => request<Owner[]>("/owners");
export const getOwner = (id: number) => request<Owner>(`/owners/${id}`);
export const createOwner = (owner: NewOwner) => post<Owner>("/owners", owner);
export const listOwnerPets = (ownerId: number) => request<Pet[]>(`/owners/${ownerId}/pets`);

export const createPet = (pet: NewPet) => post<Pet>("/pets", pet);
export const listPetAppointments = (petId: number) => request<Appointment[]>(`/pets/${petId}/appointments`);

export const listVets = () => request<Vet[]>("/vets");

export const bookAppointment = (appointment: BookAppointment) => post<Appointment>("/appointments", appointment);
export const updateAppointment = (id: number, changes: AppointmentChanges) =>
  patch<Appointment>(`/appointments/${id}`, changes);

export const getInvoice = (id: number) => request<Invoice>(`/invoices/${id}`);
export const listAppointmentInvoices = (appointmentId: number) =>
  request<Invoice[]>(`/appointments/${appointmentId}/invoices`);

export const formatCents = (cents: number) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR" }).format(cents / 100);
