// tinyld publishes `tinyld/light` through package "exports", which this project's
// module resolution does not read for types; the runtime resolves it normally.
declare module 'tinyld/light' {
  export function detectAll(text: string, options?: { only?: string[] }): { lang: string; accuracy: number }[];
}
