/* @refresh reload */
import { render } from "solid-js/web";
import { Router } from "@solidjs/router";
import "./index.css";
import { DataProvider } from "./context/DataContext";
import Layout from "./components/Layout";
import { routes } from "./routes";

render(
  () => (
    <DataProvider>
      <Router root={Layout}>{routes}</Router>
    </DataProvider>
  ),
  document.getElementById("root")!,
);
