/**
 * The framediff command: a thin shell over the library API.
 * Exit codes (EXIT in output.ts): 0 all inputs processed, 1 some inputs failed (the rest is still
 * written), 2 usage error, 3 the output could not be written.
 */
import { UsageError } from './args.js';
import { EXIT, OutputError } from './output.js';
import { commands } from './commands/index.js';

const HELP = `framediff: compare how news outlets frame the same event

Usage: framediff <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run "framediff <command> --help" for a command's options.

Exit codes: 0 every input processed, 1 some inputs failed (the others are still written),
2 usage error, 3 the output could not be written (full disk, a folder that cannot be
created, a closed pipe).
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? EXIT.OK : EXIT.USAGE;
  }
  if (name === '--version') {
    process.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`framediff: unknown command "${name}"\n\n${HELP}`);
    return EXIT.USAGE;
  }
  // Help wins over other mistakes on the line, but a "--help" after "--" is a file name.
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(command.help);
    return EXIT.OK;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`framediff ${name}: ${error.message}\n\n${command.help}`);
      return EXIT.USAGE;
    }
    if (error instanceof OutputError) {
      process.stderr.write(`framediff: ${error.message}\n`);
      return EXIT.WRITE_FAILED;
    }
    throw error;
  }
}

declare const __VERSION__: string;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`framediff: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
