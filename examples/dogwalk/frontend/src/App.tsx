import type { ParentProps } from "solid-js";
import NavBar from "./components/NavBar";

export default function App(props: ParentProps) {
  return (
    <>
      <NavBar />
      <main class="container mx-auto p-4">{props.children}</main>
    </>
  );
}
