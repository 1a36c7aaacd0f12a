/* @refresh reload */
import { render } from "solid-js/web";
import { Route, Router } from "@solidjs/router";

import "./index.css";
import Shell from "./components/Shell";
import Menu from "./routes/Menu";
import Cart from "./routes/Cart";
import Orders from "./routes/Orders";
import OrderStatusPage from "./routes/OrderStatus";

const root = document.getElementById("root");

if (import.meta.env.DEV && !(root instanceof HTMLElement)) {
  throw new Error("Root element not found.");
}

render(
  () => (
    <Router root={Shell}>
      <Route path="/" component={Menu} />
      <Route path="/cart" component={Cart} />
      <Route path="/orders" component={Orders} />
      <Route path="/orders/:id" component={OrderStatusPage} />
    </Router>
  ),
  root!,
);
