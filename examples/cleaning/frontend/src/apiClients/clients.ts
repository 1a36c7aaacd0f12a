import { apiFetch } from "./http";

export type Client = {
  id: number;
  name: string;
  address: string;
  phone: string;
};

export type ClientInput = Omit<Client, "id">;

export function fetchClients(): Promise<Client[]> {
  return apiFetch<Client[]>("/clients");
}

export function fetchClient(id: number): Promise<Client> {
  return apiFetch<Client>(`/clients/${id}`);
}

export function createClient(input: ClientInput): Promise<Client> {
  return apiFetch<Client>("/clients", { method: "POST", body: JSON.stringify(input) });
}
