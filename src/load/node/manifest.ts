import { readFile } from 'node:fs/promises';
import { FramediffError } from '../../errors.js';
import { parseJsonLocated, jsonValue } from '../json-locate.js';
import { validateManifest, type Manifest } from '../manifest-schema.js';

/** Read and check a manifest file. Throws NOT_FOUND, READ_FAILED or MANIFEST_INVALID (with line/column for bad JSON). */
export async function readManifest(file: string): Promise<Manifest> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\ufeff/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FramediffError('NOT_FOUND', file, 'manifest file not found', { cause: error });
    throw new FramediffError('READ_FAILED', file, `cannot read the manifest (${code ?? (error as Error).message})`, { cause: error });
  }
  let value: unknown;
  try {
    value = jsonValue(parseJsonLocated(text, file));
  } catch (error) {
    throw new FramediffError('MANIFEST_INVALID', file, `manifest is not valid JSON: ${(error as Error).message.replace(/^.*?: /, '')}`, { cause: error });
  }
  return validateManifest(value, file);
}
