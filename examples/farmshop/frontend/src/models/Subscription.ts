export interface Subscription {
  id: number;
  customer_name: string;
  box_id: number;
  /** the box's name, joined in by the API */
  box_name: string;
  /** ISO date, e.g. "2026-12-14" */
  starts_on: string;
  active: boolean;
}

export interface NewSubscription {
  customer_name: string;
  box_id: number;
  starts_on: string;
}

export interface SubscriptionUpdate {
  box_id?: number;
  active?: boolean;
}
