import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./app/i18n-request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked by `npm test` and CI (`npm run typecheck`), not on every start: the first
  // `npm start` of a newcomer would otherwise spend as long type-checking as compiling.
  typescript: { ignoreBuildErrors: true },
  // Native and database packages must be loaded by Node, not bundled, so that the app code and
  // server.ts share one instance of each through globalThis.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'drizzle-orm', 'rate-limiter-flexible', '@node-rs/argon2', 'sharp', 'pino', 'socket.io', 'prom-client'],
  // The document title is what a screen reader announces first on every page and after every
  // refresh; streamed metadata leaves it missing until generateMetadata resolves, so it blocks.
  htmlLimitedBots: /.*/,
  experimental: {
    authInterrupts: true,
    // A post carries up to four images of 8 MB each (and a logo up to 8 MB): room for those and the form.
    serverActions: { bodySizeLimit: '34mb' },
    proxyClientMaxBodySize: '34mb',
  },
};

export default withNextIntl(nextConfig);
