import { Link } from "solid-app-router";

const linkStyle = { color: "white", "margin-right": "16px", "text-decoration": "none" };

export default function Nav() {
  return (
    <nav style={{ background: "#6b4c7a", padding: "12px 16px", display: "flex", "align-items": "center" }}>
      <strong style={{ color: "white", "margin-right": "32px", "font-size": "18px" }}>Studio Mane</strong>
      <Link href="/" style={linkStyle}>
        Today
      </Link>
      <Link href="/bookings" style={linkStyle}>
        Bookings
      </Link>
      <Link href="/stylists" style={linkStyle}>
        Stylists
      </Link>
    </nav>
  );
}
