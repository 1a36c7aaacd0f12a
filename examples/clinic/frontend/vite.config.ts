import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

export default defineConfig({
  plugins: [solid()],
  server: {
    port: 3000,
    // The Actix backend serves the JSON API under /api on port 8080.
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
