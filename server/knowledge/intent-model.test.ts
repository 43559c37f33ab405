import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trainIntentModel } from './intent-model';
import { cachedModel } from './intent-model-cache';

const examples = [
  { features: ['w:camera', 'w:black'], label: 0 },
  { features: ['w:camera', 'w:blocked'], label: 0 },
  { features: ['w:expired', 'w:deadline'], label: 1 },
  { features: ['w:expired', 'w:late'], label: 1 },
  { features: ['w:hello'], label: 2 },
];

describe('trainIntentModel', () => {
  const model = trainIntentModel(examples, 3);

  it('learns which features point at which label', () => {
    expect(model.predict(['w:camera'])[0]).toBeGreaterThan(0.6);
    expect(model.predict(['w:expired', 'w:unknown'])[1]).toBeGreaterThan(0.5);
  });

  it('gives probabilities that sum to one, zero outside the allowed labels', () => {
    const all = model.predict(['w:camera']);
    expect(all.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const some = model.predict(['w:camera'], [1, 2]);
    expect(some[0]).toBe(0);
    expect(some[1] + some[2]).toBeCloseTo(1, 9);
  });

  it('is deterministic: the same examples give the same model', () => {
    const again = trainIntentModel(examples, 3);
    expect([...again.predict(['w:camera', 'w:late'])]).toEqual([...model.predict(['w:camera', 'w:late'])]);
  });

  it('is unsure about what it never saw, and says how much it saw', () => {
    const probs = model.predict(['w:zzz', 'w:qqq']);
    expect(Math.max(...probs)).toBeLessThan(0.6);
    expect(model.coverage(['w:camera', 'w:zzz'])).toBe(0.5);
    expect(model.coverage([])).toBe(0);
  });
});

describe('cachedModel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-model-'));

  it('trains once, then restores a model that predicts exactly the same', () => {
    let trained = 0;
    const train = () => {
      trained++;
      return trainIntentModel(examples, 3);
    };
    const first = cachedModel('k1', train, dir);
    const second = cachedModel('k1', train, dir);
    expect(trained).toBe(1);
    expect([...second.predict(['w:camera', 'w:late'])]).toEqual([...first.predict(['w:camera', 'w:late'])]);
  });

  it('trains again when the file is broken', () => {
    writeFileSync(join(dir, 'k2.bin'), 'not a model');
    let trained = 0;
    cachedModel('k2', () => (trained++, trainIntentModel(examples, 3)), dir);
    expect(trained).toBe(1);
  });
});
