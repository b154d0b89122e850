import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  raw: string;
  messageId: string;
}

/**
 * A real SMTP server on a free local port. `broken` makes it refuse every message (451); `delayMs`
 * makes it answer each message that much later, as a slow server does. Used by the integration tests
 * (smtp-sink.ts) and the fault script.
 */
export async function createSmtpServer() {
  const sink = { received: [] as Received[], broken: false, delayMs: 0, url: '', close: () => Promise.resolve() };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () =>
        setTimeout(() => {
          if (sink.broken) return done(Object.assign(new Error('451 4.3.0 Mailbox temporarily unavailable'), { responseCode: 451 }));
          const raw = Buffer.concat(chunks).toString('utf8');
          sink.received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, messageId: /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim() ?? '' });
          done();
        }, sink.delayMs),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
