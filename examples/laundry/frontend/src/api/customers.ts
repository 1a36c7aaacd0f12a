import { jsonHeaders, readJson } from "./http";

export interface Customer {
  id: number;
  name: string;
  phone: string;
  email: string | null;
  address: string;
  notes: string | null;
  created_at: string;
}

export interface CustomerInput {
  name: string;
  phone: string;
  email: string | null;
  address: string;
  notes: string | null;
}

export async function getCustomers(): Promise<Customer[]> {
  return readJson<Customer[]>(await fetch("/api/customers"));
}

export async function getCustomer(id: number | string): Promise<Customer> {
  return readJson<Customer>(await fetch(`/api/customers/${id}`));
}

export async function createCustomer(input: CustomerInput): Promise<Customer> {
  const res = await fetch("/api/customers", {
    method: "POST",
    headers: jsonHeaders,
    body: JSON.stringify(input),
  });
  return readJson<Customer>(res);
}

export async function updateCustomer(id: number, input: CustomerInput): Promise<Customer> {
  const res = await fetch(`/api/customers/${id}`, {
    method: "PUT",
    headers: jsonHeaders,
    body: JSON.stringify(input),
  });
  return readJson<Customer>(res);
}
