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
  if (/^(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(head)) return 'html';
  if (/^<\?xml[^>]*>\s*(<!doctype\s+html|<html)/i.test(head)) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) {
    // Several lines each holding a whole object: JSON Lines.
    const lines = head.split('\n').filter((l) => l.trim());
    if (lines.length > 1 && lines.every((l) => /^\s*\{.*\}\s*$/.test(l))) return 'jsonl';
    return 'json';
  }
  if (/^#{1,6}\s+\S/m.test(head) && /(\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|^#{1,6}\s)/m.test(head)) {
    // Markdown headings: treat as Markdown only when the text starts with front matter or a heading.
    if (/^(---\r?\n|#{1,6}\s)/.test(head)) return 'markdown';
  }
  return 'text';
}
