// Debian's Chromium, headless, through playwright-core: the one launch used by the browser tests,
// the client bench and the screenshots.
import { chromium } from 'playwright-core';

/** stack.md "Browser tests": without the background-networking flags Chromium floods the closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium ($CHROMIUM_PATH, else /usr/bin/chromium) with CHROMIUM_ARGS. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}
