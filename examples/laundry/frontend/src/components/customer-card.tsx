import { Show } from "solid-js";
import type { Customer } from "../api/customers";

type CustomerCardProps = {
  customer: Customer;
  onNewOrder?: (customer: Customer) => void;
};

export function CustomerCard(props: CustomerCardProps) {
  return (
    <div class="panel">
      <div class="panel-title">{props.customer.name}</div>
      <p>{props.customer.address}</p>
      <p class="muted">
        {props.customer.phone}
        <Show when={props.customer.email}> · {props.customer.email}</Show>
      </p>
      <Show when={props.customer.notes}>
        <p style={{ "font-style": "italic", "margin-top": "6px" }}>“{props.customer.notes}”</p>
      </Show>
      <Show when={props.onNewOrder}>
        <button
          class="btn-primary-old"
          style={{ "margin-top": "12px" }}
          onClick={() => props.onNewOrder?.(props.customer)}
        >
          New order
        </button>
      </Show>
    </div>
  );
}
