import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without these, Chromium reaches for Google's services, which this network refuses.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
  } catch {
    // A leftover temp folder is not worth failing a test for.
  }
}

/** A fresh profile each time: no cookie or cache leaks from one test's person to another's. */
export async function newContext(opts: { viewport?: keyof typeof VIEWPORTS; locale?: string } = {}): Promise<BrowserContext> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tertulia-e2e-'));
  try {
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: VIEWPORTS[opts.viewport ?? 'desktop'],
      locale: opts.locale ?? 'es-ES',
    });
    // The profile is a few MB: it goes with the browser. Chromium still writes to it while shutting
    // down, so it is removed once close() has returned (the browser process has exited by then).
    const close = context.close.bind(context);
    context.close = async (options) => {
      await close(options);
      removeProfile(dir);
    };
    return context;
  } catch (e) {
    removeProfile(dir);
    throw e;
  }
}
