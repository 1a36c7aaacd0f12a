import { lazy } from "solid-js";

export const routes = [
  { path: "/", component: lazy(() => import("./pages/Home")) },
  { path: "/clients", component: lazy(() => import("./pages/ClientsPage")) },
  { path: "*404", component: lazy(() => import("./pages/NotFound")) },
];
