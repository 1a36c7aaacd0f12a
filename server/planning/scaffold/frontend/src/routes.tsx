// The app's routes (@solidjs/router). Pages load lazily: each is its own chunk in the build.
// nocodo's solid.route mode adds routes here.
import { lazy } from "solid-js";
import type { RouteDefinition } from "@solidjs/router";

const Home = lazy(() => import("./Home"));

export const routes: RouteDefinition[] = [
  { path: "/", component: Home },
];
