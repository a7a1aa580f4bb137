/** The command registry. Each command lives in its own module. */
export interface Command {
  summary: string;
  help: string;
  /** Returns the exit code. Throws UsageError for bad arguments. */
  run(argv: string[]): Promise<number>;
}

export const commands: Record<string, Command> = {};

import { normalizeCommand } from './normalize.js';
commands.normalize = normalizeCommand;

import { compareCommand } from './compare.js';
commands.compare = compareCommand;

import { analyzeCommand } from './analyze.js';
commands.analyze = analyzeCommand;

import { eventsCommand } from './events.js';
commands.events = eventsCommand;
