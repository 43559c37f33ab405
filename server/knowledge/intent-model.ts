import { seededRandom } from './seeded-random';

// A multinomial logistic regression over sparse binary features, trained at load
// time from the knowledge base's example messages. Small enough to train in a few
// hundred milliseconds and to keep in a few megabytes; deterministic (a seeded
// shuffle), so the same base always gives the same model and every answer can be
// replayed from its trace.

export interface LabelledFeatures {
  features: readonly string[];
  label: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  seed: number;
}

/** Chosen on the tuning sets: a high rate sharpens the probabilities, which the threshold needs; 8 epochs score as 10 did. */
export const DEFAULT_TRAINING: TrainingOptions = { epochs: 8, learningRate: 3, l2: 1e-5, seed: 7 };

/** A model's parameters as plain data, to keep a trained model on disk (intent-model-cache.ts). */
export interface ModelParameters {
  labelCount: number;
  features: string[];
  weights: Float32Array;
  bias: Float64Array;
}

export interface IntentModel {
  readonly labelCount: number;
  parameters(): ModelParameters;
  /** Share of the message's features the model has seen in training, 0..1. */
  coverage(features: readonly string[]): number;
  /** Probability of every label, restricted to `allowed` (all when omitted). */
  predict(features: readonly string[], allowed?: readonly number[]): Float64Array;
}

/**
 * Features of at least `MIN_EXAMPLES` examples: one seen in a single example (a name,
 * a rare typo's n-gram) teaches nothing the next message can use, and costs memory.
 */
const MIN_EXAMPLES = 2;

function indexFeatures(examples: readonly LabelledFeatures[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { features } of examples) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const dictionary = new Map<string, number>();
  for (const [f, count] of counts) if (count >= MIN_EXAMPLES) dictionary.set(f, dictionary.size);
  return dictionary;
}

/** Turns scores into probabilities over `allowed` (every label when omitted); the others get 0. */
function softmaxInPlace(scores: Float64Array, allowed?: readonly number[]): void {
  if (allowed) {
    const kept = new Float64Array(scores.length).fill(-Infinity);
    for (const k of allowed) kept[k] = scores[k];
    scores.set(kept);
  }
  let max = -Infinity;
  for (let k = 0; k < scores.length; k++) if (scores[k] > max) max = scores[k];
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = scores[k] === -Infinity ? 0 : Math.exp(scores[k] - max);
    sum += scores[k];
  }
  for (let k = 0; k < scores.length; k++) scores[k] /= sum;
}

class LinearModel implements IntentModel {
  /** Reused by training steps, which are synchronous. */
  readonly #scratch: Float64Array;

  constructor(
    readonly labelCount: number,
    private readonly dictionary: Map<string, number>,
    private readonly weights: Float32Array,
    private readonly bias: Float64Array,
  ) {
    this.#scratch = new Float64Array(labelCount);
  }

  parameters(): ModelParameters {
    return { labelCount: this.labelCount, features: [...this.dictionary.keys()], weights: this.weights, bias: this.bias };
  }

  /** Indices of the known features. */
  known(features: readonly string[]): number[] {
    const ids: number[] = [];
    for (const f of features) {
      const id = this.dictionary.get(f);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  coverage(features: readonly string[]): number {
    return features.length === 0 ? 0 : this.known(features).length / features.length;
  }

  /** Each active feature weighs `scale` (1/sqrt of the message's feature count), so long messages do not shout. */
  scoresInto(out: Float64Array, ids: readonly number[], scale: number): Float64Array {
    out.set(this.bias);
    const k = this.labelCount;
    const weights = this.weights;
    for (const id of ids) {
      const row = id * k;
      for (let c = 0; c < k; c++) out[c] += weights[row + c] * scale;
    }
    return out;
  }

  predict(features: readonly string[], allowed?: readonly number[]): Float64Array {
    const scale = features.length ? 1 / Math.sqrt(features.length) : 0;
    const scores = this.scoresInto(new Float64Array(this.labelCount), this.known(features), scale);
    softmaxInPlace(scores, allowed);
    return scores;
  }

  /** One SGD step on the cross-entropy of one example; returns the probability it gave the right label. */
  step(example: { ids: number[]; scale: number; label: number }, rate: number, l2: number): number {
    const gradient = this.scoresInto(this.#scratch, example.ids, example.scale);
    softmaxInPlace(gradient);
    const learned = gradient[example.label];
    gradient[example.label] -= 1;
    const k = this.labelCount;
    for (let c = 0; c < k; c++) {
      this.bias[c] -= rate * gradient[c] * 0.1;
      gradient[c] = rate * gradient[c] * example.scale;
    }
    const decay = 1 - rate * l2;
    const weights = this.weights;
    for (const id of example.ids) {
      const row = id * k;
      for (let c = 0; c < k; c++) weights[row + c] = weights[row + c] * decay - gradient[c];
    }
    return learned;
  }
}

/**
 * An example the model already gives this probability is skipped for one epoch (its
 * gradient is all but zero) and visited again the next: a fifth less training time
 * for the same figures on the tuning sets.
 */
const LEARNED_ENOUGH = 0.99;

export function trainIntentModel(
  examples: readonly LabelledFeatures[],
  labelCount: number,
  options: TrainingOptions = DEFAULT_TRAINING,
): IntentModel {
  const dictionary = indexFeatures(examples);
  const model = new LinearModel(labelCount, dictionary, new Float32Array(dictionary.size * labelCount), new Float64Array(labelCount));
  const encoded = examples.map(({ features, label }) => ({ ids: model.known(features), scale: 1 / Math.sqrt(features.length || 1), label }));
  const learned = new Float64Array(encoded.length);
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = options.learningRate / (1 + epoch * 0.5);
    for (const i of order) {
      if (learned[i] > LEARNED_ENOUGH) { learned[i] = 0; continue; }
      learned[i] = model.step(encoded[i], rate, options.l2);
    }
  }
  return model;
}

/** A model from parameters saved earlier: the same predictions as the one that was trained. */
export function restoreIntentModel(parameters: ModelParameters): IntentModel {
  const dictionary = new Map(parameters.features.map((feature, i) => [feature, i]));
  return new LinearModel(parameters.labelCount, dictionary, parameters.weights, parameters.bias);
}
