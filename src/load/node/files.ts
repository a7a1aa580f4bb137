import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, relative } from 'node:path';
// tinyglobby rather than fast-glob: same patterns, far smaller, and no os.cpus() call that makes
// Deno ask for --allow-sys.
import { glob, isDynamicPattern } from 'tinyglobby';
import type { LoadError } from '../../errors.js';
import { EXTENSION_FORMATS } from '../detect.js';

/** The file name a folder's manifest has; such files are manifests, never articles. */
export const MANIFEST_NAME = 'manifest.json';

export interface ExpandedPaths {
  /** Article files, sorted and de-duplicated, as paths relative to how they were given. */
  files: string[];
  /**
   * `manifest.json` files found in the folders given, at any depth, and the one beside each file
   * named or matched by a glob (so `'corpus/*.txt'` keeps corpus/manifest.json), sorted.
   */
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
      else {
        files.add(normalize(given));
        // A shell-expanded `corpus/*.txt` arrives as named files: their folder's manifest applies too.
        await addManifestBeside(normalize(given), manifests);
      }
    } else if (info?.isDirectory()) {
      const found = await glob(FOLDER_PATTERN, { cwd: given, ...GLOB_OPTIONS, caseSensitiveMatch: false });
      for (const rel of found) if (basename(rel) !== MANIFEST_NAME) files.add(join(given, rel));
      errors.push(...(await brokenLinks(given)));
      // Every folder's manifest.json, nested ones too: each describes the files beside it.
      const manifestFiles = await glob(`**/${MANIFEST_NAME}`, { cwd: given, ...GLOB_OPTIONS });
      for (const rel of manifestFiles) manifests.add(join(given, rel));
    } else if (isDynamicPattern(given)) {
      const found = await glob(given, { ...GLOB_OPTIONS, absolute: isAbsolute(given) });
      const articles = found.filter((f) => basename(f) !== MANIFEST_NAME);
      if (articles.length === 0) errors.push(notFound(given, 'no files match this pattern'));
      for (const f of articles) {
        files.add(normalize(f));
        await addManifestBeside(f, manifests);
      }
    } else {
      const link = info ? null : await lstat(given).catch(() => null);
      if (link?.isSymbolicLink()) errors.push(await linkError(given));
      else errors.push(notFound(given, info ? 'not a regular file or folder' : 'no such file or folder'));
    }
  }
  return { files: [...files].sort(compareCodeUnits), manifests: [...manifests].sort(compareCodeUnits), errors };
}

/**
 * Symbolic links in a folder whose target is missing or loops: the glob skips them without a
 * word, so they are listed here and reported like any unreadable input (READ_FAILED).
 */
async function brokenLinks(dir: string): Promise<LoadError[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const out: LoadError[] = [];
  for (const e of entries) {
    if (!e.isSymbolicLink()) continue;
    const file = join(dir, relative(dir, join((e as unknown as { parentPath?: string; path: string }).parentPath ?? e.path, e.name)));
    if (file.split(/[\\/]/).includes('node_modules')) continue;
    if (!(await stat(file).catch(() => null))) out.push(await linkError(file));
  }
  return out.sort((a, b) => compareCodeUnits(a.file, b.file));
}

async function linkError(file: string): Promise<LoadError> {
  const reason = await stat(file).then(
    () => 'unreadable symbolic link',
    (e: NodeJS.ErrnoException) => (e.code === 'ELOOP' ? 'symbolic link loop (the link points back at itself)' : 'broken symbolic link (its target does not exist)'),
  );
  return { code: 'READ_FAILED', file, message: reason };
}

/** fast-glob's defaults that tinyglobby does not share: no directory expansion, dotfiles skipped. */
const GLOB_OPTIONS = { onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**'] };

async function addManifestBeside(file: string, manifests: Set<string>): Promise<void> {
  const beside = join(dirname(file), MANIFEST_NAME);
  if (!manifests.has(beside) && (await stat(beside).catch(() => null))?.isFile()) manifests.add(beside);
}

function notFound(file: string, message: string): LoadError {
  return { code: 'NOT_FOUND', file, message };
}

/** Locale-independent order, so the same folder gives the same order on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
