import { lazy } from "solid-js";

export const routes = [
  { path: "/", component: lazy(() => import("../pages/appointments-page").then((m) => ({ default: m.AppointmentsPage }))) },
  { path: "/appointments/new", component: lazy(() => import("../pages/new-appointment-page").then((m) => ({ default: m.NewAppointmentPage }))) },
  { path: "/appointments/:id", component: lazy(() => import("../pages/appointment-detail-page").then((m) => ({ default: m.AppointmentDetailPage }))) },
  { path: "/artists", component: lazy(() => import("../pages/artists-page").then((m) => ({ default: m.ArtistsPage }))) },
  { path: "/clients", component: lazy(() => import("../pages/clients-page").then((m) => ({ default: m.ClientsPage }))) },
  { path: "*404", component: lazy(() => import("../pages/not-found-page").then((m) => ({ default: m.NotFoundPage }))) },
];
