import { stat } from 'node:fs/promises';
import { basename, join, normalize } from 'node:path';
import fg from 'fast-glob';
import type { LoadError } from '../../errors.js';
import { EXTENSION_FORMATS } from '../detect.js';

/** The file name a folder's manifest has; such files are manifests, never articles. */
export const MANIFEST_NAME = 'manifest.json';

export interface ExpandedPaths {
  /** Article files, sorted and de-duplicated, as paths relative to how they were given. */
  files: string[];
  /** `manifest.json` files found in the folders given, at any depth (sorted). */
  manifests: string[];
  errors: LoadError[];
}

const EXTENSIONS = Object.keys(EXTENSION_FORMATS).map((e) => e.slice(1));
const FOLDER_PATTERN = `**/*.{${EXTENSIONS.join(',')}}`;

/**
 * Files, folders (recursive, supported extensions only) and globs → a sorted list of files.
 * A named file is taken whatever its extension (the format is then sniffed). A path that is
 * neither an existing file/folder nor a glob matching something is a NOT_FOUND error.
 */
export async function expandPaths(paths: string[]): Promise<ExpandedPaths> {
  const files = new Set<string>();
  const manifests = new Set<string>();
  const errors: LoadError[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info?.isFile()) {
      // Normalized, so `./a.txt` and `a.txt` are one file (and one article).
      if (basename(given) === MANIFEST_NAME) manifests.add(normalize(given));
      else files.add(normalize(given));
    } else if (info?.isDirectory()) {
      const found = await fg(FOLDER_PATTERN, { cwd: given, onlyFiles: true, caseSensitiveMatch: false, ignore: ['**/node_modules/**'] });
      for (const rel of found) if (basename(rel) !== MANIFEST_NAME) files.add(join(given, rel));
      // Every folder's manifest.json, nested ones too: each describes the files beside it.
      const manifestFiles = await fg(`**/${MANIFEST_NAME}`, { cwd: given, onlyFiles: true, ignore: ['**/node_modules/**'] });
      for (const rel of manifestFiles) manifests.add(join(given, rel));
    } else if (fg.isDynamicPattern(given)) {
      const found = await fg(given, { onlyFiles: true, ignore: ['**/node_modules/**'] });
      const articles = found.filter((f) => basename(f) !== MANIFEST_NAME);
      if (articles.length === 0) errors.push(notFound(given, 'no files match this pattern'));
      for (const f of articles) files.add(f);
    } else {
      errors.push(notFound(given, info ? 'not a regular file or folder' : 'no such file or folder'));
    }
  }
  return { files: [...files].sort(compareCodeUnits), manifests: [...manifests].sort(compareCodeUnits), errors };
}

function notFound(file: string, message: string): LoadError {
  return { code: 'NOT_FOUND', file, message };
}

/** Locale-independent order, so the same folder gives the same order on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
