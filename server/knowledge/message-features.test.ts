import { analyze } from './language';
import { joinedFeatures, messageFeatures } from './message-features';

const parts = (text: string) => analyze(text).sentences.map(({ tokens }) => ({ tokens, features: messageFeatures(tokens) }));

describe('joinedFeatures', () => {
  it("gives the same features as reading the parts' tokens as one run, pairs across the joins included", () => {
    const read = parts("Hi team. My camera isn't detected on Chrome. Also I did not submit, can I get more time?");
    expect(read.length).toBeGreaterThan(2);
    const whole = messageFeatures(read.flatMap((part) => part.tokens));
    expect(new Set(joinedFeatures(read))).toEqual(new Set(whole));
    expect(joinedFeatures(read)).toHaveLength(whole.length);
    expect(joinedFeatures(read)).toContain(`p:${read[0].tokens.at(-1)!.base} ${read[1].tokens[0].base}`);
  });

  it('reads a wall of text the way messageFeatures does, cut at the same length', () => {
    const long = parts(Array.from({ length: 80 }, (_, i) => `sentence ${i} says the link expired.`).join(' '));
    expect(new Set(joinedFeatures(long))).toEqual(new Set(messageFeatures(long.flatMap((part) => part.tokens))));
  });
});
