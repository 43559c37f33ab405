import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TRAINING, restoreIntentModel, type IntentModel, type ModelParameters } from './intent-model';

// Training is deterministic, so a model trained once from the same examples can be
// reused: kept in the OS temp folder under a hash of everything that shapes it (the
// examples, their labels, the training settings, the training code's version). A missing, stale or broken
// file is simply trained again; nothing depends on the cache being there.

/** Bump when features or training change in a way the examples' hash cannot see. */
const MODEL_FORMAT = 'intent-model-v1';
const CACHE_DIR = join(tmpdir(), 'linkdoctor-models');

export function modelKey(labelled: readonly { text: string; label: number }[], labelCount: number): string {
  const hash = createHash('sha256').update(MODEL_FORMAT).update(String(labelCount)).update(JSON.stringify(DEFAULT_TRAINING));
  for (const { text, label } of labelled) hash.update(`${label}\u0000${text}\u0001`);
  return hash.digest('hex').slice(0, 32);
}

function encode(p: ModelParameters): Buffer {
  const header = Buffer.from(JSON.stringify({ labelCount: p.labelCount, features: p.features }), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  return Buffer.concat([size, header, Buffer.from(p.bias.buffer, p.bias.byteOffset, p.bias.byteLength), Buffer.from(p.weights.buffer, p.weights.byteOffset, p.weights.byteLength)]);
}

function decode(bytes: Buffer): ModelParameters {
  const headerLength = bytes.readUInt32LE(0);
  const { labelCount, features } = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as { labelCount: number; features: string[] };
  let at = 4 + headerLength;
  const bias = new Float64Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + labelCount * 8));
  at += labelCount * 8;
  const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + bytes.length));
  if (weights.length !== features.length * labelCount) throw new Error('model file does not match its header');
  return { labelCount, features, weights, bias };
}

/** The cached model for `key`, or `train()`'s, saved for next time. */
export function cachedModel(key: string, train: () => IntentModel, dir = CACHE_DIR): IntentModel {
  const file = join(dir, `${key}.bin`);
  try {
    return restoreIntentModel(decode(readFileSync(file)));
  } catch {
    const model = train();
    try {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed: a reader never sees half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, encode(model.parameters()));
      renameSync(partial, file);
    } catch {
      // A read-only temp folder costs a retraining next start, nothing more.
    }
    return model;
  }
}
