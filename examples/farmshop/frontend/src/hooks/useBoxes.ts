import { createQuery } from "@tanstack/solid-query";
import { getBoxes } from "../api/getBoxes";
import { getBox } from "../api/getBox";

export function useBoxes() {
  return createQuery(() => ({
    queryKey: ["boxes"],
    queryFn: getBoxes,
  }));
}

export function useBox(id: () => number) {
  return createQuery(() => ({
    queryKey: ["boxes", id()],
    queryFn: () => getBox(id()),
    enabled: Number.isFinite(id()),
  }));
}
