/**
 * A script's command line, read by node's parseArgs, with its usage line for the user: on
 * `--help` or `-h` the usage (exit 0); on an option it does not know, or one missing its
 * value, what is wrong and the usage (exit 2). Never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function readArgs<O extends Options>(
  options: O,
  usage: string,
  args: string[] = process.argv.slice(2),
) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n${usage}`);
    process.exit(2);
  }
}
