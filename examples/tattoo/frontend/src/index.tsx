/* @refresh reload */
import { render } from "solid-js/web";
import { Router } from "@solidjs/router";
import "./index.css";
import { Layout } from "./components/layout";
import { routes } from "./config/routes";

const root = document.getElementById("root");

render(() => <Router root={Layout}>{routes}</Router>, root!);
