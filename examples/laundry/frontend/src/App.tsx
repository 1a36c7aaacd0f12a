import { Route, Router } from "@solidjs/router";
import { NavBar } from "./components/nav-bar";
import { OrdersPage } from "./pages/orders";
import { OrderDetailPage } from "./pages/order-detail";
import { NewOrderPage } from "./pages/new-order";
import { NotFoundPage } from "./pages/not-found";
import type { ParentProps } from "solid-js";

function Layout(props: ParentProps) {
  return (
    <>
      <NavBar />
      <main class="mx-auto max-w-5xl p-4">{props.children}</main>
    </>
  );
}

export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={OrdersPage} />
      <Route path="/orders/new" component={NewOrderPage} />
      <Route path="/orders/:id" component={OrderDetailPage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
