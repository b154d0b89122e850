import { afterAll } from 'vitest';
import { createSmtpServer } from './smtp-server';

export type { Received } from './smtp-server';

/** The SMTP server of a test file, started before the app reads its environment, as a deployment's would be. */
export async function startSmtpSink() {
  const sink = await createSmtpServer();
  process.env.SMTP_URL = sink.url;
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await sink.close();
  });
  return sink;
}
