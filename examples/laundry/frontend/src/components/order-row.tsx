import { A } from "@solidjs/router";
import type { Order } from "../api/orders";
import { StatusPill } from "./status-pill";

export function OrderRow(props: { order: Order }) {
  return (
    <tr>
      <td>
        <A href={`/orders/${props.order.id}`} class="link">
          #{props.order.id}
        </A>
      </td>
      <td>{props.order.service.replace("_", " ")}</td>
      <td>{props.order.weight_kg.toFixed(1)} kg</td>
      <td>€{props.order.total.toFixed(2)}</td>
      <td>
        <StatusPill status={props.order.status} />
      </td>
      <td>{props.order.express ? "⚡" : ""}</td>
    </tr>
  );
}
