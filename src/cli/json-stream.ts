/**
 * JSON written piece by piece, byte-identical to `JSON.stringify(value, null, 2)`: a corpus of
 * 10,000 analyzed articles is far past V8's longest string (~512 MB), so the big arrays are
 * serialized one element at a time and never joined into one string.
 */

/** `value` as JSON.stringify(value, null, 2) would print it `depth` levels down (first line indented too). */
export function jsonMember(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return pad + (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${pad}`);
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * Write `value` (a plain object; its array members are streamed element by element) as
 * JSON.stringify(value, null, 2) + "\n" would, in chunks of about `chunkSize` characters.
 */
export async function writeJson(value: Record<string, unknown>, write: (chunk: string) => Promise<void>, chunkSize = 1 << 20): Promise<void> {
  let buffer = '';
  const put = async (s: string) => {
    buffer += s;
    if (buffer.length >= chunkSize) {
      const b = buffer;
      buffer = '';
      await write(b);
    }
  };
  const entries = Object.entries(value).filter(([, v]) => !skipped(v));
  if (entries.length === 0) await put('{}');
  else {
    await put('{');
    for (let i = 0; i < entries.length; i++) {
      const [key, v] = entries[i];
      await put(`${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
      if (Array.isArray(v) && v.length > 0) {
        await put('[');
        for (let j = 0; j < v.length; j++) await put(`${j === 0 ? '' : ','}\n${jsonMember(skipped(v[j]) ? null : v[j], 2)}`);
        await put('\n  ]');
      } else await put(jsonMember(v, 1).slice(2));
    }
    await put('\n}');
  }
  await put('\n');
  if (buffer) await write(buffer);
}

/**
 * `{"articles": [...], "errors": [...]}` as JSON.stringify(..., null, 2) + "\n" prints it, with
 * the articles arriving one by one (already serialized by jsonMember(article, 2)).
 */
export class ArticlesJsonWriter {
  private count = 0;
  constructor(private readonly write: (chunk: string) => Promise<void>) {}

  async article(member: string): Promise<void> {
    await this.write(`${this.count++ === 0 ? '{\n  "articles": [' : ','}\n${member}`);
  }

  async end(errors: readonly object[]): Promise<void> {
    const head = this.count === 0 ? '{\n  "articles": [],' : '\n  ],';
    await this.write(`${head}\n  "errors": ${jsonMember(errors, 1).slice(2)}\n}\n`);
  }
}
