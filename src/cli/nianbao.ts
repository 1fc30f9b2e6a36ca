import { CHECK_USAGE, checkCommand } from './check';
import { SUM_USAGE, sumCommand } from './sum';
import type { Io } from './io';

/**
 * `nianbao`: the app's import and checks from the command line (SPEC §9), for reviewers with
 * folders of downloaded reports and for pipelines. bin/nianbao.mjs builds this file into a Node
 * bundle and runs it. A subcommand is a function from its arguments to an exit status.
 */
export type Command = (args: readonly string[], io: Io) => Promise<number>;

export const commands: Readonly<Record<string, Command>> = {
  check: checkCommand,
  sum: sumCommand,
};

export const USAGE = `年报助手命令行（nianbao）
${CHECK_USAGE}
${SUM_USAGE}`;

/** Runs one command line; returns the exit status (0 unless the command itself failed). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`不认识的命令：${name}\n${USAGE}\n`);
    return 2;
  }
  return command(args, io);
}
