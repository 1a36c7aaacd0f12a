import { render } from "solid-js/web";
import { Router } from "@solidjs/router";
import Layout from "./components/Layout";
import { routes } from "./routes";
import "./index.css";

render(() => <Router root={Layout}>{routes}</Router>, document.getElementById("root")!);
