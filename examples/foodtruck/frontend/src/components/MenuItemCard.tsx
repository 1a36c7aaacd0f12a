import { Show } from "solid-js";
import type { MenuItem } from "../models/MenuItem";
import { addToCart } from "../stores/cart";

export default function MenuItemCard(props: { item: MenuItem }) {
  return (
    <div
      style={{
        border: "2px solid #222",
        "border-radius": "12px",
        padding: "16px",
        background: "white",
        opacity: props.item.available ? 1 : 0.5,
      }}
    >
      <div style={{ display: "flex", "justify-content": "space-between", "align-items": "baseline" }}>
        <h3 style={{ "font-size": "1.15rem", "font-weight": 700 }}>
          {props.item.name}
          <Show when={props.item.spicy}>
            <span title="spicy"> 🌶️</span>
          </Show>
        </h3>
        <span style={{ "font-family": "monospace", "font-size": "1.1rem" }}>${props.item.price.toFixed(2)}</span>
      </div>
      <p style={{ color: "#555", margin: "8px 0" }}>{props.item.description}</p>
      <button
        disabled={!props.item.available}
        onClick={() => addToCart(props.item)}
        classList={{
          "px-3 py-1 rounded font-semibold": true,
          "bg-orange-600 text-white": props.item.available,
          "bg-gray-300 text-gray-600 cursor-not-allowed": !props.item.available,
        }}
      >
        {props.item.available ? "Add to order" : "Sold out"}
      </button>
    </div>
  );
}
