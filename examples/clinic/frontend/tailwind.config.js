export default {
  content: ["./index.html", "./src/**/*.{ts,tsx}"],
  plugins: [require("daisyui")],
};
