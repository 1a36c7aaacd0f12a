// API types: the JSON the Rust backend sends and reads, written by nocodo (types.typescript)
// from its serde structs. Declarations marked "From Rust" are rewritten on every run; your
// own declarations are kept.

/** From Rust `AppointmentStatus` in src/models/appointment.rs. */
export type AppointmentStatus = "scheduled" | "completed" | "cancelled" | "no_show";
export const APPOINTMENT_STATUS_VALUES: readonly AppointmentStatus[] = ["scheduled", "completed", "cancelled", "no_show"];

/** From Rust `Species` in src/models/enums.rs. */
export type Species = "dog" | "cat" | "bird" | "rabbit" | "reptile" | "other";
export const SPECIES_VALUES: readonly Species[] = ["dog", "cat", "bird", "rabbit", "reptile", "other"];

/** From Rust `BookAppointment` in src/handlers/appointments.rs. */
export interface BookAppointment {
  pet_id: number;
  vet_id: number;
  scheduled_at: string;
  reason: string;
}

/** From Rust `Appointment` in src/models/appointment.rs. */
export interface Appointment {
  id: number;
  pet_id: number;
  vet_id: number;
  status: AppointmentStatus;
  scheduled_at: string;
  reason: string;
  notes: string | null;
}

/** From Rust `AppointmentChanges` in src/models/appointment.rs. */
export interface AppointmentChanges {
  vet_id?: number | null;
  status?: AppointmentStatus | null;
  scheduled_at?: string | null;
  reason?: string | null;
  notes?: string | null;
}

/** From Rust `Invoice` in src/models/invoice.rs. */
export interface Invoice {
  id: number;
  appointment_id: number;
  amount_cents: number;
  paid: boolean;
  paid_at: string | null;
  issued_at: string;
}

/** From Rust `NewInvoice` in src/models/invoice.rs. */
export interface NewInvoice {
  appointment_id: number;
  amount_cents: number;
}

/** From Rust `Owner` in src/models/owner.rs. */
export interface Owner {
  id: number;
  full_name: string;
  email: string;
  phone: string | null;
  created_at: string;
}

/** From Rust `NewOwner` in src/models/owner.rs. */
export interface NewOwner {
  full_name: string;
  email: string;
  phone?: string | null;
}

/** From Rust `Pet` in src/models/pet.rs. */
export interface Pet {
  id: number;
  owner_id: number;
  name: string;
  species: Species;
  breed: string | null;
  born_on: string | null;
  weight_kg: number;
}

/** From Rust `NewPet` in src/models/pet.rs. */
export interface NewPet {
  owner_id: number;
  name: string;
  species: Species;
  breed?: string | null;
  born_on?: string | null;
  weight_kg: number;
}

/** From Rust `Prescription` in src/models/prescription.rs. */
export interface Prescription {
  id: number;
  appointment_id: number;
  medication: string;
  dosage: string;
  days: number;
}

/** From Rust `Vet` in src/models/vet.rs. */
export interface Vet {
  id: number;
  full_name: string;
  email: string;
  specialty: string;
  active: boolean;
  hired_on: string;
}
