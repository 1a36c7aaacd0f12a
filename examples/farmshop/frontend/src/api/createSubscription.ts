import { API_URL } from "./config";
import type { NewSubscription, Subscription } from "../models/Subscription";

export async function createSubscription(input: NewSubscription): Promise<Subscription> {
  const res = await fetch(`${API_URL}/subscriptions`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`Could not create subscription (${res.status})`);
  return res.json();
}
