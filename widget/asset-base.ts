// Where the widget's modules are served (`…/widget/`), from the loader's own URL: the
// modules the build keeps apart (the polling fallback, each language) load from there.
let assetBase = '';

export function setAssetBase(url: string): void {
  assetBase = url;
}

/** Imports one of the widget's own modules by its (content-hashed) file name. */
export function importAsset<T>(name: string): Promise<T> {
  return import(new URL(name, assetBase).href) as Promise<T>;
}
