import axios from "axios";
import type { Appointment, AppointmentInput, AppointmentUpdate } from "../schemas/appointment";
import type { Artist, ArtistInput } from "../schemas/artist";
import type { Client, ClientInput } from "../schemas/client";

export const http = axios.create({
  baseURL: import.meta.env.VITE_API_URL ?? "/api",
  headers: { "Content-Type": "application/json" },
});

export const api = {
  artists: {
    list: () => http.get<Artist[]>("/artists").then((r) => r.data),
    get: (id: number | string) => http.get<Artist>(`/artists/${id}`).then((r) => r.data),
    create: (body: ArtistInput) => http.post<Artist>("/artists", body).then((r) => r.data),
    update: (id: number | string, body: Partial<ArtistInput>) =>
      http.put<Artist>(`/artists/${id}`, body).then((r) => r.data),
  },
  clients: {
    list: () => http.get<Client[]>("/clients").then((r) => r.data),
    get: (id: number | string) => http.get<Client>(`/clients/${id}`).then((r) => r.data),
    create: (body: ClientInput) => http.post<Client>("/clients", body).then((r) => r.data),
    update: (id: number | string, body: Partial<ClientInput>) =>
      http.put<Client>(`/clients/${id}`, body).then((r) => r.data),
  },
  appointments: {
    list: () => http.get<Appointment[]>("/appointments").then((r) => r.data),
    get: (id: number | string) => http.get<Appointment>(`/appointments/${id}`).then((r) => r.data),
    create: (body: AppointmentInput) => http.post<Appointment>("/appointments", body).then((r) => r.data),
    update: (id: number | string, body: AppointmentUpdate) =>
      http.put<Appointment>(`/appointments/${id}`, body).then((r) => r.data),
  },
};
