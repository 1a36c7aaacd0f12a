import { API_URL } from "./config";
import type { Box } from "../models/Box";

export async function getBox(id: number): Promise<Box> {
  const res = await fetch(`${API_URL}/boxes/${id}`);
  if (!res.ok) throw new Error(`Could not load box ${id} (${res.status})`);
  return res.json();
}
