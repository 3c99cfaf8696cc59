// The API reference page that `nx run openapi:docs` builds from the contract; this project's
// test target depends on that target, so the page here is the one the target just built.
import { CONTRACT, WORKSPACE_ROOT } from '@scan-profiles/tools/mock';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const PAGE = join(WORKSPACE_ROOT, 'dist', 'openapi', 'reference.html');
const BATCH_PATH = '/partner/external/v3/general/customers/{customerId}/scan-profiles/batch';
const STATUSES = ['200', '400', '401', '403', '404', '429', '500', '503'];

interface Document {
  info: { title: string };
  paths: Record<string, { post: { operationId: string; summary: string; responses: object } }>;
}

const html = readFileSync(PAGE, 'utf8');

/** Redoc renders in the browser from the document the page embeds, so the test reads that. */
function embeddedDocument(): Document {
  const declaration = /^\s*const __redoc_definition = (.*);$/m.exec(html);
  if (!declaration?.[1]) throw new Error(`${PAGE} embeds no __redoc_definition`);
  return JSON.parse(declaration[1]) as Document;
}

describe('the API reference page', () => {
  const operation = embeddedDocument().paths[BATCH_PATH]?.post;

  it("is titled after the contract's title", () => {
    expect(html).toContain('<title>AvePoint Elements partner API - scan profiles</title>');
  });

  it('names the operation and its summary', () => {
    expect(operation).toMatchObject({
      operationId: 'listScanProfiles',
      summary: 'Retrieve all scan profiles for a customer',
    });
  });

  it.each(STATUSES)('documents the %s response', (status) => {
    expect(operation?.responses).toHaveProperty([status]);
  });

  it('documents exactly the responses the contract declares', () => {
    const contract = parse(readFileSync(CONTRACT, 'utf8')) as Document;
    const declared = Object.keys(contract.paths[BATCH_PATH]?.post.responses ?? {});

    expect(Object.keys(operation?.responses ?? {})).toEqual(declared);
    expect(declared).toEqual(STATUSES);
  });

  it('carries its scripts inside, so it opens without a network', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
  });
});
