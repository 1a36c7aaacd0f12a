import axios from "axios";
import type { Plant, PlantInput } from "../models/Plant";
import type { Customer, CustomerInput } from "../models/Customer";
import type { Delivery, DeliveryInput } from "../models/Delivery";

const api = axios.create({
  baseURL: import.meta.env.VITE_API_URL ?? "/api",
  headers: { "Content-Type": "application/json" },
});

export async function fetchPlants(): Promise<Plant[]> {
  const { data } = await api.get<Plant[]>("/plants");
  return data;
}

export async function fetchPlant(id: number): Promise<Plant> {
  const { data } = await api.get<Plant>(`/plants/${id}`);
  return data;
}

export async function createPlant(input: PlantInput): Promise<Plant> {
  const { data } = await api.post<Plant>("/plants", input);
  return data;
}

export async function updatePlant(id: number, input: PlantInput): Promise<Plant> {
  const { data } = await api.put<Plant>(`/plants/${id}`, input);
  return data;
}

export async function fetchCustomers(): Promise<Customer[]> {
  const { data } = await api.get<Customer[]>("/customers");
  return data;
}

export async function fetchCustomer(id: number): Promise<Customer> {
  const { data } = await api.get<Customer>(`/customers/${id}`);
  return data;
}

export async function createCustomer(input: CustomerInput): Promise<Customer> {
  const { data } = await api.post<Customer>("/customers", input);
  return data;
}

export async function updateCustomer(id: number, input: CustomerInput): Promise<Customer> {
  const { data } = await api.put<Customer>(`/customers/${id}`, input);
  return data;
}

export async function fetchDeliveries(): Promise<Delivery[]> {
  const { data } = await api.get<Delivery[]>("/deliveries");
  return data;
}

export async function fetchDelivery(id: number): Promise<Delivery> {
  const { data } = await api.get<Delivery>(`/deliveries/${id}`);
  return data;
}

export async function createDelivery(input: DeliveryInput): Promise<Delivery> {
  const { data } = await api.post<Delivery>("/deliveries", input);
  return data;
}

export async function markDelivered(id: number): Promise<Delivery> {
  const { data } = await api.post<Delivery>(`/deliveries/${id}/delivered`);
  return data;
}

export default api;
