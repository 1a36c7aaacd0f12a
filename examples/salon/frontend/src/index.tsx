/* @refresh reload */
import { render } from "solid-js/web";
import { Router, Routes, Route } from "solid-app-router";
import Nav from "./components/Nav";
import Home from "./pages/Home";
import Bookings from "./pages/Bookings";
import Stylists from "./pages/Stylists";
import AddService from "./pages/AddService";
import "./index.css";

render(
  () => (
    <Router>
      <Nav />
      <main style={{ padding: "16px", "max-width": "960px", margin: "0 auto" }}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/bookings" element={<Bookings />} />
          <Route path="/stylists" element={<Stylists />} />
          <Route path="/services/new" element={<AddService />} />
          <Route path="/*all" element={<p>Nothing here.</p>} />
        </Routes>
      </main>
    </Router>
  ),
  document.getElementById("root") as HTMLElement
);
