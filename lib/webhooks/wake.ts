// The worker runs in server.ts, apart from the Next bundle: globalThis is the one place both see.
const g = globalThis as unknown as { __tertuliaWebhookWake?: () => void };

/** The running worker registers how to wake it; without one (tests, build) waking does nothing. */
export function onWebhookWake(wake: (() => void) | undefined): void {
  g.__tertuliaWebhookWake = wake;
}

export function wakeWebhookWorker(): void {
  g.__tertuliaWebhookWake?.();
}
