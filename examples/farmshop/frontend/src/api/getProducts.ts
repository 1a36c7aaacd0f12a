import { API_URL } from "./config";
import type { Product } from "../models/Product";

export async function getProducts(): Promise<Product[]> {
  const res = await fetch(`${API_URL}/products`);
  if (!res.ok) throw new Error(`Could not load products (${res.status})`);
  return res.json();
}
