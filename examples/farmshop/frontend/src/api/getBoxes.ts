import { API_URL } from "./config";
import type { Box } from "../models/Box";

export async function getBoxes(): Promise<Box[]> {
  const res = await fetch(`${API_URL}/boxes`);
  if (!res.ok) throw new Error(`Could not load boxes (${res.status})`);
  return res.json();
}
