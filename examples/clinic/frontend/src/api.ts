// Typed client for the Actix backend (`backend/src/handlers`). The types are the Rust structs'
// JSON, kept in sync by nocodo's types.typescript mode in ./types.ts.

import type {
  Appointment,
  AppointmentChanges,
  BookAppointment,
  Invoice,
  NewOwner,
  NewPet,
  Owner,
  Pet,
  Vet,
} from "./types";

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

export const getPet = (id: number) => request<Pet>(`/pets/${id}`);
export const createPet = (pet: NewPet) => post<Pet>("/pets", pet);
export const listPetAppointments = (petId: number) => request<Appointment[]>(`/pets/${petId}/appointments`);

export const listVets = () => request<Vet[]>("/vets");

export const getAppointment = (id: number) => request<Appointment>(`/appointments/${id}`);
export const bookAppointment = (appointment: BookAppointment) => post<Appointment>("/appointments", appointment);
export const updateAppointment = (id: number, changes: AppointmentChanges) =>
  patch<Appointment>(`/appointments/${id}`, changes);

export const getInvoice = (id: number) => request<Invoice>(`/invoices/${id}`);
export const listAppointmentInvoices = (appointmentId: number) =>
  request<Invoice[]>(`/appointments/${appointmentId}/invoices`);

export const formatCents = (cents: number) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR" }).format(cents / 100);
