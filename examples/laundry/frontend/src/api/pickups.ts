import { jsonHeaders, readJson } from "./http";

export type PickupWindow = "morning" | "afternoon" | "evening";

export type PickupKind = "collect" | "deliver";

export interface Pickup {
  id: number;
  order_id: number;
  customer_id: number;
  kind: PickupKind;
  date: string;
  window: PickupWindow;
  driver: string | null;
  done: boolean;
}

export interface PickupInput {
  order_id: number;
  customer_id: number;
  kind: PickupKind;
  date: string;
  window: PickupWindow;
}

export async function getPickups(): Promise<Pickup[]> {
  return readJson<Pickup[]>(await fetch("/api/pickups"));
}

export async function getPickupsForOrder(orderId: number | string): Promise<Pickup[]> {
  return readJson<Pickup[]>(await fetch(`/api/orders/${orderId}/pickups`));
}

export async function createPickup(input: PickupInput): Promise<Pickup> {
  const res = await fetch("/api/pickups", {
    method: "POST",
    headers: jsonHeaders,
    body: JSON.stringify(input),
  });
  return readJson<Pickup>(res);
}

export async function markPickupDone(id: number): Promise<Pickup> {
  const res = await fetch(`/api/pickups/${id}/done`, { method: "POST" });
  return readJson<Pickup>(res);
}
