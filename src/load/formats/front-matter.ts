import { parse as parseYaml } from 'yaml';
import type { ArticleMetaInput, ArticleWarning, Removed } from '../../types/article.js';
import { metaFromFields } from '../meta-fields.js';

export interface FrontMatter {
  meta: ArticleMetaInput;
  /** Raw offset where the body starts (0 when there is no front matter). */
  bodyStart: number;
  removed: Removed[];
  warnings: ArticleWarning[];
}

/** `---` fence at the very start, YAML, then a closing `---` (or `...`) line. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Read YAML front matter at the start of a text or Markdown file. The block is metadata, not body,
 * so it is taken out of the text and recorded in `removed` (kind `front-matter`) to keep nothing hidden.
 * Invalid YAML is left in the body with a FRONT_MATTER_INVALID warning rather than failing the file.
 */
export function readFrontMatter(raw: string): FrontMatter {
  const m = FRONT_MATTER.exec(raw);
  if (!m) return { meta: {}, bodyStart: 0, removed: [], warnings: [] };
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch (error) {
    return {
      meta: {},
      bodyStart: 0,
      removed: [],
      warnings: [
        {
          code: 'FRONT_MATTER_INVALID',
          message: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); kept as text`,
          severity: 'warning',
          rawStart: 0,
          rawEnd: m[0].length,
        },
      ],
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    // `---` followed by prose and another `---` is a horizontal rule, not metadata.
    return { meta: {}, bodyStart: 0, removed: [], warnings: [] };
  }
  const { meta, warnings } = metaFromFields(data as Record<string, unknown>);
  return {
    meta,
    bodyStart: m[0].length,
    removed: [{ kind: 'front-matter', text: m[0], rawStart: 0, rawEnd: m[0].length, rule: 'load/front-matter' }],
    warnings,
  };
}
