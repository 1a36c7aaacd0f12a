export default function NotFound() {
  return <p class="text-center text-lg">Page not found.</p>;
}
