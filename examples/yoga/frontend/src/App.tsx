import { Router, Route } from "@solidjs/router";
import Layout from "./components/Layout";
import Home from "./pages/Home";
import Teachers from "./pages/Teachers";
import Classes from "./pages/Classes";
import ClassDetail from "./pages/ClassDetail";
import NotFound from "./pages/NotFound";

export default function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/teachers" component={Teachers} />
      <Route path="/classes" component={Classes} />
      <Route path="/classes/:id" component={ClassDetail} />
      <Route path="*404" component={NotFound} />
    </Router>
  );
}
