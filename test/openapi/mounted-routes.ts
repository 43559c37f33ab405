import type { Express } from 'express';

// The routes Express actually serves, found by walking the app's router stack (Express
// 5 / router 2: a layer keeps its `rawPath`; a mounted router has its own `stack`).

interface Layer {
  rawPath?: string | string[];
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

export interface MountedRoute {
  method: string;
  /** OpenAPI style: `/api/v1/jobs/{id}`. */
  path: string;
}

export function mountedRoutes(app: Express): MountedRoute[] {
  const root = (app as unknown as { router: { stack: Layer[] } }).router;
  const found: MountedRoute[] = [];
  walk(root.stack, '', found);
  const unique = new Map(found.map((r) => [`${r.method} ${r.path}`, r]));
  return [...unique.values()];
}

function walk(stack: Layer[], prefix: string, found: MountedRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      for (const path of [layer.route.path].flat()) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') found.push({ method: method.toUpperCase(), path: toOpenApi(prefix + path) });
        }
      }
    } else if (layer.handle?.stack) {
      const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
      walk(layer.handle.stack, prefix + mount, found);
    }
  }
}

const toOpenApi = (path: string) => path.replace(/:(\w+)/g, '{$1}');
