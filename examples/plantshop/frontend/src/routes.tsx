import type { RouteDefinition } from "@solidjs/router";
import Home from "./Pages/Home";
import PlantList from "./Pages/Plants/PlantList";
import PlantDetail from "./Pages/Plants/PlantDetail";
import NewPlant from "./Pages/Plants/NewPlant";
import CustomerList from "./Pages/Customers/CustomerList";
import DeliveryList from "./Pages/Deliveries/DeliveryList";
import NotFound from "./Pages/NotFound";

export const routes: RouteDefinition[] = [
  { path: "/", component: Home },
  { path: "/plants", component: PlantList },
  { path: "/plants/new", component: NewPlant },
  { path: "/plants/:id", component: PlantDetail },
  { path: "/customers", component: CustomerList },
  { path: "/deliveries", component: DeliveryList },
  { path: "*404", component: NotFound },
];
