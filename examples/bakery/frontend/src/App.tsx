import type { ParentProps } from "solid-js";
import { Route, Router } from "@solidjs/router";
import Navbar from "./components/Navbar";
import CakesPage from "./pages/CakesPage";
import CustomersPage from "./pages/CustomersPage";
import NewOrderPage from "./pages/NewOrderPage";
import NotFoundPage from "./pages/NotFoundPage";
import OrderDetailPage from "./pages/OrderDetailPage";
import OrdersPage from "./pages/OrdersPage";

function Layout(props: ParentProps) {
  return (
    <div class="min-h-screen bg-base-200">
      <Navbar />
      <main class="mx-auto max-w-5xl p-4">{props.children}</main>
    </div>
  );
}

export default function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={OrdersPage} />
      <Route path="/orders/new" component={NewOrderPage} />
      <Route path="/orders/:id" component={OrderDetailPage} />
      <Route path="/cakes" component={CakesPage} />
      <Route path="/customers" component={CustomersPage} />
      <Route path="*404" component={NotFoundPage} />
    </Router>
  );
}
