import { sha256Hex } from '../../text/sha256.js';

/**
 * Content-Security-Policy for the report: nothing may be fetched (default-src 'none'), and the only
 * script allowed to run is ours, pinned by its SHA-256. Even if some text slipped past escaping,
 * an injected <script> or onerror= handler would not execute.
 */
export function contentSecurityPolicy(script: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${hexToBase64(sha256Hex(script))}'`,
    "style-src 'unsafe-inline'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function hexToBase64(hex: string): string {
  let binary = '';
  for (let i = 0; i < hex.length; i += 2) binary += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return btoa(binary);
}
