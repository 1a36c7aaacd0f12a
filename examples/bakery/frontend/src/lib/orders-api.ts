import type { NewOrder, Order, OrderUpdate } from "../interfaces";

const API_URL = import.meta.env.VITE_API_URL;

export async function getOrders(): Promise<Order[]> {
  const res = await fetch(`${API_URL}/orders`);
  if (!res.ok) throw new Error(`Failed to load orders (${res.status})`);
  return res.json();
}

export async function getOrder(id: number): Promise<Order> {
  const res = await fetch(`${API_URL}/orders/${id}`);
  if (!res.ok) throw new Error(`Failed to load order ${id} (${res.status})`);
  return res.json();
}

export async function getCustomerOrders(customerId: number): Promise<Order[]> {
  const res = await fetch(`${API_URL}/customers/${customerId}/orders`);
  if (!res.ok) throw new Error(`Failed to load orders for customer ${customerId} (${res.status})`);
  return res.json();
}

export async function createOrder(body: NewOrder): Promise<Order> {
  const res = await fetch(`${API_URL}/orders`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Failed to create order (${res.status})`);
  return res.json();
}

export async function updateOrder(id: number, body: OrderUpdate): Promise<Order> {
  const res = await fetch(`${API_URL}/orders/${id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Failed to update order ${id} (${res.status})`);
  return res.json();
}
