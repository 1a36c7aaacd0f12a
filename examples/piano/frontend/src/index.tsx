/* @refresh reload */
import { render } from "solid-js/web";
import { Route, Router } from "@solidjs/router";
import "./index.css";
import { Layout } from "./components/layout";
import { Home } from "./pages/home";
import { PupilList } from "./pages/pupil-list";

render(
  () => (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/pupils" component={PupilList} />
    </Router>
  ),
  document.getElementById("root")!,
);
