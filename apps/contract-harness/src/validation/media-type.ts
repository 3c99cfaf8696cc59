/** The media type of a `Content-Type` header, lower-case and without parameters. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return essence === '' ? undefined : essence;
}

/** Whether a body of this media type is JSON: `application/json` or any `+json` type. */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** The declared media type a message matches: exact, then `type/*`, then `*\/*`. */
export function findDeclared<T extends { mediaType: string }>(
  declared: T[],
  mediaType: string | undefined,
): T | undefined {
  if (mediaType === undefined) return undefined;
  const wildcard = `${mediaType.split('/')[0]}/*`;

  return (
    declared.find((media) => media.mediaType === mediaType) ??
    declared.find((media) => media.mediaType === wildcard) ??
    declared.find((media) => media.mediaType === '*/*')
  );
}

/** Parses a JSON body; `undefined` says it is not JSON (a JSON body is never `undefined`). */
export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
