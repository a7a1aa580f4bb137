/**
 * Debian's Chromium driven by playwright-core (which never downloads a browser). The flags are what
 * this machine needs: no sandbox as root, and no background networking, which the closed network
 * refuses many times at each start. FRAMEDIFF_CHROMIUM (as in scripts/ensure-chromium.sh) picks another binary.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.FRAMEDIFF_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
