// Server actions called over HTTP exactly as the browser calls them: POST to the page with the
// action's id in `Next-Action` and the arguments encoded by React's own `encodeReply`, so a write
// under load pays for everything a member's click pays for (session, parsing, the verb, the answer).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface ReferenceManifest {
  node: Record<string, { filename?: string; exportedName?: string }>;
}

/** The build's id of an exported server action (ids change with every build). */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as ReferenceManifest;
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${filename} in this build`);
  return found[0];
}

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.edge') as {
  encodeReply(args: unknown[]): Promise<string | FormData>;
};

/** The body and content type of a `useActionState` action call: `(previousState, formData)`. */
export async function formActionBody(fields: Record<string, string>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const encoded = await encodeReply([{ status: 'idle' }, form]);
  const res = new Response(encoded);
  return { body: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get('content-type')! };
}

export function actionHeaders(base: string, id: string, cookie: string, contentType: string): Record<string, string> {
  return { 'next-action': id, 'content-type': contentType, accept: 'text/x-component', origin: base, cookie };
}

/**
 * Whether an action's answer is a success. Failures come back as HTTP 200 with a form state
 * `{"status":"error",…}` in the flight data; a redirect (filing a complaint) is a success.
 */
export function actionSucceeded(status: number, body: string): boolean {
  if (status === 303 || status === 307) return true;
  return status === 200 && !body.includes('"status":"error"');
}
