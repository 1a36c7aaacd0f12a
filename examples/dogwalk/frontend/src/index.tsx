/* @refresh reload */
import { render } from "solid-js/web";
import { Router } from "@solidjs/router";
import "./index.css";
import App from "./App";
import routes from "./router";

const root = document.getElementById("root");

render(() => <Router root={App}>{routes}</Router>, root!);
