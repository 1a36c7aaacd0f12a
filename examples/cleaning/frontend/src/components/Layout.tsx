import type { ParentProps } from "solid-js";
import Nav from "./Nav";

export default function Layout(props: ParentProps) {
  return (
    <div class="min-h-screen bg-slate-50">
      <Nav />
      <main>{props.children}</main>
    </div>
  );
}
