/**
 * A JSON-LD `articleBody` as body text. Publishers often put the rendered markup there, escaped
 * once more as entities (`&lt;p&gt;The dam &lt;a href=&quot;https://…&quot;&gt;…`), sometimes
 * with the semicolon missing (`…/report&quot`). Entities are decoded and tags taken out, so no
 * markup is kept as text: block tags end a paragraph, `<br>` a line, inline tags just go, and the
 * content of script/style elements is recorded in `removed`. Kept characters map to the raw page.
 */
import { decodeHTML } from 'entities';
import { LocatedText } from '../../text/located-text.js';
import type { Removed } from '../../types/article.js';

/**
 * Character references: named with ";", the common legacy names without it (browsers read
 * `&quot` so too), and numeric ones.
 */
const ENTITY = /&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};|(?:quot|amp|lt|gt|nbsp)(?![a-zA-Z0-9;]))/g;
/** A start or end tag; `[^<>]` stops at the next "<", so a run of unclosed tags is read once. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?>/g;
/** Elements whose content no reader sees. */
const HIDDEN = /<(script|style|template|noscript)\b/gi;
/** Tags that end a paragraph (the others are inline). */
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'section', 'article', 'table', 'tr', 'hr', 'pre', 'aside', 'header', 'footer']);

/**
 * The body text of an articleBody, as located text in the raw page. Escaped markup is decoded
 * twice, as a browser would read it: once to get the HTML, once for the text inside it
 * (`&amp;pound;` is the HTML `&pound;`, a "£"). Plain text comes back as it is.
 */
export function articleBodyText(body: LocatedText, raw: string, removed: Removed[]): LocatedText {
  const escaped = /&lt;\/?[a-zA-Z]/.test(body.text);
  if (!escaped && !/<\/?[a-zA-Z]/.test(body.text)) return /&(?:#|[a-zA-Z])/.test(body.text) ? decode(body) : body;
  const html = escaped ? decode(body) : body;
  const text = dropHidden(html, raw, removed).replace(TAG, (m) => {
    const name = m[2].toLowerCase();
    return name === 'br' ? '\n' : BLOCK_TAGS.has(name) ? '\n\n' : '';
  });
  return decode(text);
}

function decode(lt: LocatedText): LocatedText {
  return lt.replace(ENTITY, (m) => decodeHTML(m[0]));
}

/** Script, style, template and noscript elements, each up to its end tag, recorded and taken out. */
function dropHidden(lt: LocatedText, raw: string, removed: Removed[]): LocatedText {
  const lower = lt.text.toLowerCase();
  const cuts: [number, number][] = [];
  HIDDEN.lastIndex = 0;
  for (let m = HIDDEN.exec(lt.text); m; m = HIDDEN.exec(lt.text)) {
    const close = lower.indexOf(`</${m[1].toLowerCase()}`, HIDDEN.lastIndex);
    const end = close < 0 ? -1 : lower.indexOf('>', close);
    // No end tag: none follows for any later one either, so stop (one scan, not one per tag).
    if (end < 0) break;
    cuts.push([m.index, end + 1]);
    HIDDEN.lastIndex = end + 1;
  }
  if (!cuts.length) return lt;
  const pieces: LocatedText[] = [];
  let last = 0;
  for (const [from, to] of cuts) {
    pieces.push(lt.slice(last, from));
    const { rawStart, rawEnd } = lt.rawSpan(from, to);
    removed.push({ kind: 'html-chrome', text: raw.slice(rawStart, rawEnd), rawStart, rawEnd, rule: 'html/json-ld-markup', visibleText: '' });
    last = to;
  }
  pieces.push(lt.slice(last));
  return LocatedText.join(pieces);
}
