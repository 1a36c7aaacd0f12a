import { lazy } from "solid-js";
import type { RouteDefinition } from "@solidjs/router";

const routes: RouteDefinition[] = [
  {
    path: "/",
    component: lazy(() => import("../pages/Home")),
  },
  {
    path: "/walks",
    component: lazy(() => import("../pages/Walks")),
  },
  {
    path: "/walks/:id",
    component: lazy(() => import("../pages/WalkDetail")),
  },
];

export default routes;
