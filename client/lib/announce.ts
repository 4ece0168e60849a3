/**
 * The polite live region in index.html (#status): short confirmations ("Kaydedildi") that a
 * screen reader reads without moving focus. Errors use lib/errors.ts (role="alert") instead.
 */
export function announce(text: string): void {
  const region = document.getElementById('status');
  if (!region) return;
  // Clearing first makes the same text read again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}
