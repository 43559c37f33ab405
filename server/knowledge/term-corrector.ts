import Fuse from 'fuse.js';

// The fuzzy layer: a query term the knowledge base never uses ("permision",
// "remnder") is replaced by the closest term it does use. Fuse compares words, not
// whole questions, so its cost does not grow with the number of articles, and the
// vocabulary is split by first letter because typos rarely hit the first one.

/** Fuse score (0 exact .. 1 unrelated) above which a correction is a guess. */
const MAX_FUSE_SCORE = 0.34;
/** Shorter words have too many near neighbours to correct safely. */
const MIN_LENGTH = 4;
const MAX_LENGTH_GAP = 2;
const CACHE_LIMIT = 5000;

export interface TermCorrector {
  /** The vocabulary term meant by `term`, or null when none is close enough. */
  correct(term: string): string | null;
}

function bucketByInitial(vocabulary: Iterable<string>): Map<string, Fuse<string>> {
  const groups = new Map<string, string[]>();
  for (const term of vocabulary) {
    if (term.length < MIN_LENGTH - 1) continue;
    const group = groups.get(term[0]) ?? [];
    group.push(term);
    groups.set(term[0], group);
  }
  const buckets = new Map<string, Fuse<string>>();
  for (const [initial, terms] of groups) {
    buckets.set(initial, new Fuse(terms, { includeScore: true, ignoreLocation: true, threshold: MAX_FUSE_SCORE }));
  }
  return buckets;
}

export function createTermCorrector(vocabulary: ReadonlySet<string>): TermCorrector {
  const buckets = bucketByInitial(vocabulary);
  // Queries repeat their typos; a bounded memo keeps the fuzzy search off the hot path.
  const memo = new Map<string, string | null>();

  function lookUp(term: string): string | null {
    const fuse = buckets.get(term[0]);
    if (!fuse) return null;
    for (const { item, score } of fuse.search(term, { limit: 5 })) {
      if ((score ?? 1) <= MAX_FUSE_SCORE && Math.abs(item.length - term.length) <= MAX_LENGTH_GAP) return item;
    }
    return null;
  }

  return {
    correct(term) {
      if (vocabulary.has(term)) return term;
      if (term.length < MIN_LENGTH || /\d/.test(term)) return null;
      const known = memo.get(term);
      if (known !== undefined) return known;
      const found = lookUp(term);
      if (memo.size >= CACHE_LIMIT) memo.clear();
      memo.set(term, found);
      return found;
    },
  };
}
