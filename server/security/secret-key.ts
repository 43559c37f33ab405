import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config';

/**
 * The key that encrypts stored links. SECRET_KEY wins; outside production a key is
 * generated once into DATA_DIR/secret.key (mode 0600) so `npm start` works on a
 * fresh clone. Every node of a deployment must share SECRET_KEY.
 */
export function resolveSecretKey(config: Pick<Config, 'secretKey' | 'dataDir'>, log: (msg: string) => void): Buffer {
  if (config.secretKey) return config.secretKey;
  const file = path.resolve(config.dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  chmodSync(file, 0o600);
  log(`SECRET_KEY not set: generated ${file}; set SECRET_KEY to share one key across nodes`);
  return key;
}
