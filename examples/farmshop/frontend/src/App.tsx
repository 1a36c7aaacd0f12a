import type { ParentProps } from "solid-js";
import { Route, Router } from "@solidjs/router";
import Nav from "./components/Nav";
import Home from "./pages/Home";
import ProductsPage from "./pages/ProductsPage";
import NotFound from "./pages/NotFound";

function Layout(props: ParentProps) {
  return (
    <div class="min-h-screen bg-stone-50 text-gray-900">
      <Nav />
      <main>{props.children}</main>
    </div>
  );
}

export default function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/products" component={ProductsPage} />
      <Route path="*404" component={NotFound} />
    </Router>
  );
}
