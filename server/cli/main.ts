import { loadConfig, ConfigError } from '../config';
import { openDatabase } from '../db/open-database';
import { runCli } from './run-cli';

// `npm run --silent cli -- …`: same environment as the server. With the embedded
// store the server must be stopped first (PGlite allows one process per data dir).
async function main(): Promise<void> {
  const config = loadConfig();
  const code = await runCli(process.argv.slice(2), {
    config,
    openDb: () => openDatabase(config),
    io: { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) },
  });
  process.exit(code);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
