import { API_URL } from "./config";
import type { Product, ProductInput } from "../models/Product";

export async function updateProduct(id: number, input: ProductInput): Promise<Product> {
  const res = await fetch(`${API_URL}/products/${id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`Could not save product ${id} (${res.status})`);
  return res.json();
}
