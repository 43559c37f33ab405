/**
 * Runs tasks one after another per key, so a conversation's turns are stored and
 * answered in the order they arrived, even from two tabs at once. Keys are dropped
 * once idle, so the map stays as small as the number of busy conversations.
 */
export class TurnQueue {
  #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    // A failed turn must not block the next one, so the chain swallows its error.
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Resolves once no turn is running or waiting (a draining node waits for this). */
  async idle(): Promise<void> {
    while (this.#tails.size > 0) await Promise.all(this.#tails.values());
  }
}
