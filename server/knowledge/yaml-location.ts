import { isMap, type Document, type LineCounter, type Node } from 'yaml';

// Maps a path inside the parsed YAML (as zod reports it) back to the line an
// author has to edit, so an error reads "knowledge/x.yaml:12:5", not "steps.3".

export type YamlPath = readonly PropertyKey[];

export interface Position {
  line: number;
  column: number;
}

export interface YamlLocator {
  /** Where the value at `path` starts; for a missing key, where its parent starts. */
  at(path: YamlPath): Position;
  /** Where the key `key` of the mapping at `path` is written. */
  keyAt(path: YamlPath, key: string): Position;
  /** Whether the file holds a value at `path`. */
  exists(path: YamlPath): boolean;
}

export function createYamlLocator(doc: Document, lineCounter: LineCounter): YamlLocator {
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const nodeAt = (path: YamlPath): Node | undefined => {
    // Walk up until something exists: a missing key is best shown at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const keys = path.slice(0, depth) as unknown[];
      const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
      if (node && typeof node === 'object' && 'range' in node && node.range) return node as Node;
    }
    return undefined;
  };
  const at = (path: YamlPath): Position => {
    const node = nodeAt(path);
    return node?.range ? position(node.range[0]) : { line: 1, column: 1 };
  };
  const keyAt = (path: YamlPath, key: string): Position => {
    const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    if (isMap(map)) {
      const pair = map.items.find((item) => String((item.key as { value?: unknown })?.value) === key);
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return position(range[0]);
    }
    return at(path);
  };
  const exists = (path: YamlPath) => path.length === 0 ? doc.contents !== null : doc.hasIn(path as unknown[]);
  return { at, keyAt, exists };
}

/** "variants.policy.strict.steps[2]" */
export function formatYamlPath(path: YamlPath): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}
