import { API_URL } from "./config";
import type { Subscription } from "../models/Subscription";

export async function getSubscription(id: number): Promise<Subscription> {
  const res = await fetch(`${API_URL}/subscriptions/${id}`);
  if (!res.ok) throw new Error(`Could not load subscription ${id} (${res.status})`);
  return res.json();
}
