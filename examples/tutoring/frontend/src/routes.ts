import { lazy } from "solid-js";
import type { RouteDefinition } from "@solidjs/router";

export const routes: RouteDefinition[] = [
  { path: "/", component: lazy(() => import("./pages/Home")) },
  { path: "/tutors", component: lazy(() => import("./pages/Tutors")) },
  { path: "/tutors/:id", component: lazy(() => import("./pages/TutorDetail")) },
  { path: "**", component: lazy(() => import("./pages/NotFound")) },
];
