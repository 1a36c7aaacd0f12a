export interface Customer {
  id: number;
  name: string;
  email: string;
  phone: string;
  address: string;
}

export type CustomerInput = Omit<Customer, "id">;
