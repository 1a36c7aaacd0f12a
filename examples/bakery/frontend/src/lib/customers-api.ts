import type { Customer, NewCustomer } from "../interfaces";

const API_URL = import.meta.env.VITE_API_URL;

export async function getCustomers(): Promise<Customer[]> {
  const res = await fetch(`${API_URL}/customers`);
  if (!res.ok) throw new Error(`Failed to load customers (${res.status})`);
  return res.json();
}

export async function getCustomer(id: number): Promise<Customer> {
  const res = await fetch(`${API_URL}/customers/${id}`);
  if (!res.ok) throw new Error(`Failed to load customer ${id} (${res.status})`);
  return res.json();
}

export async function createCustomer(body: NewCustomer): Promise<Customer> {
  const res = await fetch(`${API_URL}/customers`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Failed to create customer (${res.status})`);
  return res.json();
}

export async function updateCustomer(id: number, body: Partial<NewCustomer>): Promise<Customer> {
  const res = await fetch(`${API_URL}/customers/${id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Failed to update customer ${id} (${res.status})`);
  return res.json();
}
