import { createMutation, createQuery, useQueryClient } from "@tanstack/solid-query";
import { getProducts } from "../api/getProducts";
import { getProduct } from "../api/getProduct";
import { updateProduct } from "../api/updateProduct";
import type { ProductInput } from "../models/Product";

export function useProducts() {
  return createQuery(() => ({
    queryKey: ["products"],
    queryFn: getProducts,
  }));
}

export function useProduct(id: () => number) {
  return createQuery(() => ({
    queryKey: ["products", id()],
    queryFn: () => getProduct(id()),
    enabled: Number.isFinite(id()),
  }));
}

export function useUpdateProduct() {
  const queryClient = useQueryClient();
  return createMutation(() => ({
    mutationFn: (vars: { id: number; input: ProductInput }) => updateProduct(vars.id, vars.input),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["products"] });
    },
  }));
}
