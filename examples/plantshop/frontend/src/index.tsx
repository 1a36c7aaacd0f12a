/* @refresh reload */
import { render } from "solid-js/web";
import { Router } from "@solidjs/router";
import App from "./App";
import { routes } from "./routes";
import "./index.css";

const root = document.getElementById("root");

render(() => <Router root={App}>{routes}</Router>, root!);
