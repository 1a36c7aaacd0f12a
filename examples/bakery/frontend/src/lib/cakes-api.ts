import type { Cake, NewCake } from "../interfaces";

const API_URL = import.meta.env.VITE_API_URL;

export async function getCakes(): Promise<Cake[]> {
  const res = await fetch(`${API_URL}/cakes`);
  if (!res.ok) throw new Error(`Failed to load cakes (${res.status})`);
  return res.json();
}

export async function getCake(id: number): Promise<Cake> {
  const res = await fetch(`${API_URL}/cakes/${id}`);
  if (!res.ok) throw new Error(`Failed to load cake ${id} (${res.status})`);
  return res.json();
}

export async function createCake(body: NewCake): Promise<Cake> {
  const res = await fetch(`${API_URL}/cakes`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Failed to create cake (${res.status})`);
  return res.json();
}

export async function updateCake(id: number, body: Partial<NewCake>): Promise<Cake> {
  const res = await fetch(`${API_URL}/cakes/${id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Failed to update cake ${id} (${res.status})`);
  return res.json();
}
