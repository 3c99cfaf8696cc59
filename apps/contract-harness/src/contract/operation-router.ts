import type { CompiledOperation } from './compiled-contract';

export type RouteMatch =
  | { kind: 'operation'; operation: CompiledOperation; pathParameters: Record<string, string> }
  | { kind: 'unknown-path' }
  | { kind: 'unknown-method'; allowed: string[] };

interface Route {
  pattern: RegExp;
  names: string[];
  operations: Map<string, CompiledOperation>;
}

/** Finds the operation of the document that a method and a path name. */
export class OperationRouter {
  private readonly routes: Route[];

  constructor(operations: CompiledOperation[]) {
    const byTemplate = new Map<string, Route>();

    for (const operation of operations) {
      const template = operation.description.pathTemplate;
      const route = byTemplate.get(template) ?? {
        ...compileTemplate(template),
        operations: new Map(),
      };
      route.operations.set(operation.description.method, operation);
      byTemplate.set(template, route);
    }

    // OpenAPI matches a concrete path before a templated one: fewer parameters first.
    this.routes = [...byTemplate.values()].sort((a, b) => a.names.length - b.names.length);
  }

  match(method: string, path: string): RouteMatch {
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (found === null) continue;

      const operation = route.operations.get(method.toUpperCase());
      if (operation === undefined)
        return { kind: 'unknown-method', allowed: [...route.operations.keys()] };

      const pathParameters = Object.fromEntries(
        route.names.map((name, index) => [name, decodeSegment(found[index + 1] ?? '')]),
      );
      return { kind: 'operation', operation, pathParameters };
    }

    return { kind: 'unknown-path' };
  }
}

function compileTemplate(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      if (!part.startsWith('{')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part.slice(1, -1));
      return '([^/]+)';
    })
    .join('');

  return { pattern: new RegExp(`^${source}$`), names };
}

// A malformed escape such as `%E0%A4` is kept as it came, for the schema to reject.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
