import type { OrderStatus } from "../api/orders";

const labels: Record<OrderStatus, string> = {
  received: "Received",
  washing: "Washing",
  drying: "Drying",
  ready: "Ready",
  delivered: "Delivered",
};

export function StatusPill(props: { status: OrderStatus }) {
  return (
    <span
      class="badge"
      classList={{
        "badge-info": props.status === "received",
        "badge-warning": props.status === "washing" || props.status === "drying",
        "badge-success": props.status === "ready",
        "badge-ghost": props.status === "delivered",
      }}
    >
      {labels[props.status]}
    </span>
  );
}
