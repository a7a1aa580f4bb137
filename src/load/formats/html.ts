import type { ParsedInput } from '../parsed-input.js';
import { parseText } from './text.js';
export function parseHtml(raw: string, _label: string): ParsedInput {
  return { ...parseText(raw), format: 'html' };
}
