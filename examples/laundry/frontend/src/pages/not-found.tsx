export function NotFoundPage() {
  return <p class="muted">Nothing here.</p>;
}
