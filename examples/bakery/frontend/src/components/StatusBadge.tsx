import type { OrderStatus } from "../interfaces";

export default function StatusBadge(props: { status: OrderStatus }) {
  return (
    <span
      class="rounded-full px-2 py-0.5 text-xs font-medium capitalize"
      classList={{
        "bg-yellow-100 text-yellow-800": props.status === "pending",
        "bg-orange-100 text-orange-800": props.status === "baking",
        "bg-green-100 text-green-800": props.status === "ready",
        "bg-gray-100 text-gray-600": props.status === "collected",
        "bg-red-100 text-red-700 line-through": props.status === "cancelled",
      }}
    >
      {props.status}
    </span>
  );
}
