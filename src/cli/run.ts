import { main } from './nianbao';

/** Entry of the Node bundle that bin/nianbao.mjs builds and runs. */
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // `nianbao check … | head`: the reader went away; stop quietly.
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
});
