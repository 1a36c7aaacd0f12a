// The app's routes (@solidjs/router). Pages load lazily: each is its own chunk in the build.
// nocodo's solid.route mode adds routes here.
import { lazy } from "solid-js";
import type { RouteDefinition } from "@solidjs/router";

const Dashboard = lazy(() => import("./App"));
const OwnerTable = lazy(() => import("./components/OwnerTable"));
const NewOwnerForm = lazy(() => import("./components/NewOwnerForm"));
const OwnerDetail = lazy(() => import("./components/OwnerDetail"));

export const routes: RouteDefinition[] = [
  { path: "/", component: Dashboard },
  { path: "/owners", component: OwnerTable },
  { path: "/owners/new", component: NewOwnerForm },
  { path: "/owners/:id", component: OwnerDetail },
];
