import { API_URL } from "./config";
import type { Product } from "../models/Product";

export async function getProduct(id: number): Promise<Product> {
  const res = await fetch(`${API_URL}/products/${id}`);
  if (!res.ok) throw new Error(`Could not load product ${id} (${res.status})`);
  return res.json();
}
