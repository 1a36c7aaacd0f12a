export type OrderStatus = "pending" | "baking" | "ready" | "collected" | "cancelled";

export interface Order {
  id: number;
  customer_id: number;
  cake_id: number;
  pickup_date: string;
  message: string;
  deposit_paid: boolean;
  status: OrderStatus;
  created_at: string;
}

export interface NewOrder {
  customer_id: number;
  cake_id: number;
  pickup_date: string;
  message: string;
  deposit_paid: boolean;
}

export interface OrderUpdate {
  pickup_date?: string;
  message?: string;
  deposit_paid?: boolean;
  status?: OrderStatus;
}
