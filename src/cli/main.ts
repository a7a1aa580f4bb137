/**
 * The framediff command: a thin shell over the library API.
 * Exit codes: 0 all inputs processed, 1 some inputs failed (the rest is still written), 2 usage error.
 */
import { UsageError } from './args.js';
import { commands } from './commands/index.js';

const HELP = `framediff: compare how news outlets frame the same event

Usage: framediff <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run "framediff <command> --help" for a command's options.
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`framediff: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`framediff ${name}: ${error.message}\n\n${command.help}`);
      return 2;
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
