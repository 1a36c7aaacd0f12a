const eur = new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" });

export function formatCurrency(cents: number): string {
  return eur.format(cents / 100);
}
