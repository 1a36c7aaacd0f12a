import { jsonHeaders, readJson } from "./http";

export type OrderStatus = "received" | "washing" | "drying" | "ready" | "delivered";

export type ServiceKind = "wash_fold" | "dry_clean" | "ironing";

export interface Order {
  id: number;
  customer_id: number;
  service: ServiceKind;
  weight_kg: number;
  express: boolean;
  status: OrderStatus;
  /** total price in euros */
  total: number;
  created_at: string;
  ready_by: string | null;
}

export interface OrderInput {
  customer_id: number;
  service: ServiceKind;
  weight_kg: number;
  express: boolean;
}

export interface OrderUpdate {
  service?: ServiceKind;
  weight_kg?: number;
  express?: boolean;
  status?: OrderStatus;
  ready_by?: string | null;
}

export async function getOrders(): Promise<Order[]> {
  return readJson<Order[]>(await fetch("/api/orders"));
}

export async function getOrder(id: number | string): Promise<Order> {
  return readJson<Order>(await fetch(`/api/orders/${id}`));
}

export async function getOrdersForCustomer(customerId: number | string): Promise<Order[]> {
  return readJson<Order[]>(await fetch(`/api/customers/${customerId}/orders`));
}

export async function createOrder(input: OrderInput): Promise<Order> {
  const res = await fetch("/api/orders", {
    method: "POST",
    headers: jsonHeaders,
    body: JSON.stringify(input),
  });
  return readJson<Order>(res);
}

export async function updateOrder(id: number, changes: OrderUpdate): Promise<Order> {
  const res = await fetch(`/api/orders/${id}`, {
    method: "PATCH",
    headers: jsonHeaders,
    body: JSON.stringify(changes),
  });
  return readJson<Order>(res);
}
