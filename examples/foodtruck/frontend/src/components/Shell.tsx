import { A } from "@solidjs/router";
import type { ParentProps } from "solid-js";
import CartBadge from "./CartBadge";

export default function Shell(props: ParentProps) {
  return (
    <div style={{ "min-height": "100vh", background: "#fff8ee" }}>
      <header
        style={{
          display: "flex",
          "align-items": "center",
          "justify-content": "space-between",
          padding: "12px 20px",
          background: "#d9480f",
          color: "white",
        }}
      >
        <A href="/" style={{ "font-weight": 800, "font-size": "1.4rem" }}>
          🌮 Taco Rodante
        </A>
        <nav style={{ display: "flex", gap: "16px", "align-items": "center" }}>
          <A href="/orders">Orders</A>
          <CartBadge />
        </nav>
      </header>
      <main class="mx-auto max-w-4xl p-4">{props.children}</main>
    </div>
  );
}
