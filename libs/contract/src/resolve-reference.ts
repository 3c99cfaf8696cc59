import { valueAt } from './json-pointer';
import type { OpenApiDocument } from './load-contract';

/** A node of the document after its `$ref` chain is followed, and where it lives. */
export interface ResolvedNode<T = Record<string, unknown>> {
  /** JSON pointer of the node inside the document, e.g. `/components/parameters/PageSize`. */
  pointer: string;
  value: T;
}

const MAX_HOPS = 20;

/**
 * Follows local `$ref`s from the node at `pointer` until it reaches one that is not a
 * reference. The pointer that comes back is where the definition really lives, so a validator
 * compiled for it is shared by every place that refers to it.
 */
export function resolveReference<T = Record<string, unknown>>(
  document: OpenApiDocument,
  pointer: string,
): ResolvedNode<T> {
  let current = pointer;

  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    const node = valueAt(document, current);
    if (node === undefined) throw new Error(`The contract has nothing at #${current}`);

    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref !== 'string') return { pointer: current, value: node as T };
    if (!ref.startsWith('#')) {
      throw new Error(`#${current} refers to ${ref}; loadContract() inlines other files first`);
    }
    current = ref.slice(1);
  }

  throw new Error(`#${pointer} is a chain of more than ${MAX_HOPS} references`);
}
