import type { InputFormat } from '../types/article.js';

/** File extensions the loader picks up, and the format each one means. */
export const EXTENSION_FORMATS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Lower-case extension of a path or label, including the dot ('' when none). */
export function extensionOf(label: string): string {
  const base = label.slice(Math.max(label.lastIndexOf('/'), label.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format an extension names, or null when the loader does not know it. */
export function formatFromExtension(label: string): InputFormat | null {
  return EXTENSION_FORMATS[extensionOf(label)] ?? null;
}

/**
 * Decide a format: the extension when it is a known one, else by sniffing the text.
 * Sniffing is conservative: anything not clearly HTML/JSON/Markdown is plain text,
 * since that is what people paste.
 */
export function detectFormat(label: string | undefined, text: string): InputFormat {
  const byExt = label ? formatFromExtension(label) : null;
  if (byExt) return byExt;
  return sniffFormat(text);
}

export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  if (/^(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(skipPrologue(head))) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) {
    // Several lines each holding a whole object is JSON Lines (the last line may be cut off by `head`).
    const lines = head.split('\n').filter((l) => l.trim());
    const whole = text.length > 4096 ? lines.slice(0, -1) : lines;
    if (whole.length > 1 && whole.every((l) => /^\s*\{.*\}\s*$/.test(l))) return 'jsonl';
    return 'json';
  }
  // Markdown only when it starts like Markdown (a heading, after optional front matter).
  const body = head.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '').trimStart();
  if (/^#{1,6}[ \t]+\S/.test(body)) return 'markdown';
  return 'text';
}

/**
 * `head` after an XML declaration and any comments before the first tag. A loop with indexOf,
 * not a regex: `(<!--[\s\S]*?-->\s*)*` backtracks exponentially on repeated unclosed comments.
 */
function skipPrologue(head: string): string {
  let at = 0;
  const skipSpace = () => {
    while (at < head.length && /\s/.test(head[at])) at++;
  };
  if (head.startsWith('<?xml')) {
    const end = head.indexOf('>', at);
    if (end === -1) return '';
    at = end + 1;
    skipSpace();
  }
  while (head.startsWith('<!--', at)) {
    const end = head.indexOf('-->', at + 4);
    if (end === -1) return '';
    at = end + 3;
    skipSpace();
  }
  return head.slice(at);
}
