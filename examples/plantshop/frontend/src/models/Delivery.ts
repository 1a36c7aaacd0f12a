export interface DeliveryItem {
  plantId: number;
  plantName: string;
  quantity: number;
}

export interface Delivery {
  id: number;
  customerId: number;
  customerName: string;
  items: DeliveryItem[];
  deliveryDay: string;
  address: string;
  delivered: boolean;
}

export interface DeliveryInput {
  customerId: number;
  items: { plantId: number; quantity: number }[];
  deliveryDay: string;
  address: string;
}
