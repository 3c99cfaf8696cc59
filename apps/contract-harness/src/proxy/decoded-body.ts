import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/**
 * The body as the document describes it: the upstream may compress it for the wire, and the
 * harness passes the compressed bytes on but validates what they decode to. `undefined` says
 * the bytes do not decode, or decode to more than `maxBytes`.
 */
export function decodedBody(
  body: Buffer,
  contentEncoding: string | undefined,
  maxBytes: number,
): Buffer | undefined {
  const options = { maxOutputLength: maxBytes };

  try {
    switch (contentEncoding?.trim().toLowerCase()) {
      case undefined:
      case '':
      case 'identity':
        return body;
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(body, options);
      case 'deflate':
        return inflateSync(body, options);
      case 'br':
        return brotliDecompressSync(body, options);
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}
