// Named import: the bundler keeps only `version`, not the whole package.json.
import { name, version } from '../../package.json';

/** Who wrote a report: goes into `generator` so readers can tell which code produced a file. */
export const GENERATOR = { name, version } as const;
