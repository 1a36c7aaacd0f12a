export type OrderStatus = "received" | "cooking" | "ready" | "picked_up" | "cancelled";

export interface OrderLine {
  menu_item_id: number;
  name: string;
  quantity: number;
  unit_price: number;
}

export interface Order {
  id: number;
  code: string;
  customer_name: string;
  location_id: number;
  lines: OrderLine[];
  total: number;
  status: OrderStatus;
  placed_at: string;
}

export interface OrderDraft {
  customer_name: string;
  location_id: number;
  lines: { menu_item_id: number; quantity: number }[];
}
