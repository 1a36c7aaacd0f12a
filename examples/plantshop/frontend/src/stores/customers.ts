import { createStore } from "solid-js/store";
import type { Customer, CustomerInput } from "../models/Customer";
import { createCustomer, fetchCustomer, fetchCustomers, updateCustomer } from "../services/api";

interface CustomersState {
  customers: Customer[];
  current: Customer | null;
  loading: boolean;
  error: string | null;
}

const [customersStore, setCustomersStore] = createStore<CustomersState>({
  customers: [],
  current: null,
  loading: false,
  error: null,
});

export { customersStore };

export async function loadCustomers() {
  setCustomersStore({ loading: true, error: null });
  try {
    const customers = await fetchCustomers();
    setCustomersStore({ customers, loading: false });
  } catch (err) {
    setCustomersStore({ loading: false, error: "Could not load customers" });
    console.error(err);
  }
}

export async function loadCustomer(id: number) {
  setCustomersStore({ loading: true, error: null, current: null });
  try {
    const customer = await fetchCustomer(id);
    setCustomersStore({ current: customer, loading: false });
  } catch (err) {
    setCustomersStore({ loading: false, error: "Could not load this customer" });
    console.error(err);
  }
}

export async function addCustomer(input: CustomerInput) {
  const customer = await createCustomer(input);
  setCustomersStore("customers", (customers) => [...customers, customer]);
  return customer;
}

export async function saveCustomer(id: number, input: CustomerInput) {
  const customer = await updateCustomer(id, input);
  setCustomersStore("customers", (c) => c.id === id, customer);
  return customer;
}
