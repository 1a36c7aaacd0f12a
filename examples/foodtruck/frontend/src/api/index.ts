import type { Location } from "../models/Location";
import type { MenuItem, MenuItemDraft } from "../models/MenuItem";
import type { Order, OrderDraft, OrderStatus } from "../models/Order";

const BASE_URL = import.meta.env.VITE_API_BASE ?? "http://localhost:8080";

async function http<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(BASE_URL + path, {
    method,
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} failed: ${res.status}`);
  return res.json() as Promise<T>;
}

export const api = {
  menuItems: {
    list: () => http<MenuItem[]>("GET", "/menu-items"),
    get: (id: number | string) => http<MenuItem>("GET", `/menu-items/${id}`),
    create: (draft: MenuItemDraft) => http<MenuItem>("POST", "/menu-items", draft),
    update: (id: number, draft: MenuItemDraft) => http<MenuItem>("PUT", `/menu-items/${id}`, draft),
    remove: (id: number) => http<void>("DELETE", `/menu-items/${id}`),
  },
  orders: {
    list: () => http<Order[]>("GET", "/orders"),
    get: (id: number | string) => http<Order>("GET", `/orders/${id}`),
    create: (draft: OrderDraft) => http<Order>("POST", "/orders", draft),
    setStatus: (id: number, status: OrderStatus) =>
      http<Order>("PATCH", `/orders/${id}`, { status }),
  },
  locations: {
    list: () => http<Location[]>("GET", "/locations"),
    get: (id: number | string) => http<Location>("GET", `/locations/${id}`),
    today: () => http<Location | null>("GET", "/locations/today"),
  },
};
