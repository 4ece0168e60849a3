/**
 * The polite live region in index.html (#status): short confirmations ("Kaydedildi") that a
 * screen reader reads without moving focus. Errors use lib/errors.ts (role="alert") instead.
 * A confirmation belongs to the screen it was made on: it clears after a few seconds, when the
 * user starts another action (clearAnnouncement) and on navigation (main.ts), unless it was made
 * for the next screen (`carry`, e.g. "Oturum kapatıldı" on the sign-in screen).
 */

/** How long a confirmation stays on screen. */
export const ANNOUNCE_MS = 6000;

let showTimer: number | undefined;
let clearTimer: number | undefined;
let carried = false;

export function announce(text: string, options: { carry?: boolean } = {}): void {
  const region = document.getElementById('status');
  if (!region) return;
  window.clearTimeout(showTimer);
  window.clearTimeout(clearTimer);
  carried = options.carry ?? false;
  // Clearing first makes the same text read again.
  region.textContent = '';
  showTimer = window.setTimeout(() => {
    region.textContent = text;
    clearTimer = window.setTimeout(clearAnnouncement, ANNOUNCE_MS);
  }, 50);
}

/** Removes the confirmation (and one about to be shown). */
export function clearAnnouncement(): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(clearTimer);
  carried = false;
  const region = document.getElementById('status');
  if (region) region.textContent = '';
}

/** On navigation: a confirmation made for the next screen stays once, any other goes. */
export function navigationAnnouncement(): void {
  if (carried) carried = false;
  else clearAnnouncement();
}
