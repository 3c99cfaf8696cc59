/** Escapes one token of a JSON pointer (RFC 6901): `~` becomes `~0`, `/` becomes `~1`. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer of a child: `childPointer('/a', 'b/c')` is `/a/b~1c`. */
export function childPointer(parent: string, ...tokens: Array<string | number>): string {
  return tokens.reduce<string>(
    (path, token) => `${path}/${escapePointerToken(String(token))}`,
    parent,
  );
}

/** Reads the value a JSON pointer names, or `undefined` when the path does not exist. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;

  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
