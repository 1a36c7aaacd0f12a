import { API_URL } from "./config";
import type { Subscription, SubscriptionUpdate } from "../models/Subscription";

export async function updateSubscription(id: number, input: SubscriptionUpdate): Promise<Subscription> {
  const res = await fetch(`${API_URL}/subscriptions/${id}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`Could not update subscription ${id} (${res.status})`);
  return res.json();
}
