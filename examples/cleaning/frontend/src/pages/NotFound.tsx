export default function NotFound() {
  return (
    <div class="page">
      <h1 class="page-title">Page not found</h1>
      <p class="muted">Nothing to tidy up here.</p>
    </div>
  );
}
