import { API_URL } from "./config";
import type { Subscription } from "../models/Subscription";

export async function getSubscriptions(): Promise<Subscription[]> {
  const res = await fetch(`${API_URL}/subscriptions`);
  if (!res.ok) throw new Error(`Could not load subscriptions (${res.status})`);
  return res.json();
}
