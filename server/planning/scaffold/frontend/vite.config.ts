import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

export default defineConfig({
  plugins: [solid()],
  server: {
    port: 3000,
    // The Actix backend (the crate one folder up, `cargo run`) answers on port 8080; the
    // frontend calls it under /api.
    proxy: { "/api": { target: "http://127.0.0.1:8080", rewrite: (path) => path.replace(/^\/api/, "") } },
  },
  preview: {
    proxy: { "/api": { target: "http://127.0.0.1:8080", rewrite: (path) => path.replace(/^\/api/, "") } },
  },
});
