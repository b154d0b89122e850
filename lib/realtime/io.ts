import type { AdapterState } from './pg-adapter';
import type { Server } from 'socket.io';

// server.ts creates the socket.io server; app code (a separate bundle) finds it here.
const g = globalThis as unknown as { __tertuliaIo?: Server; __tertuliaAdapterState?: () => AdapterState };

export function setIo(io: Server | undefined, adapterState?: () => AdapterState): void {
  g.__tertuliaIo = io;
  g.__tertuliaAdapterState = adapterState;
}

/** 'single' when this process is the only one (PGlite, or no adapter): nothing to listen for. */
export function realtimeState(): AdapterState | 'single' | 'stopped' {
  if (!g.__tertuliaIo) return 'stopped';
  return g.__tertuliaAdapterState?.() ?? 'single';
}

/** Sockets open on this process. */
export function connectedSockets(): number {
  return g.__tertuliaIo?.engine.clientsCount ?? 0;
}

export function getIo(): Server | undefined {
  return g.__tertuliaIo;
}

export const rooms = {
  community: 'community',
  user: (id: string) => `user:${id}`,
  staff: 'staff',
  thread: (id: string) => `thread:${id}`,
  group: (id: string) => `group:${id}`,
  complaint: (id: string) => `complaint:${id}`,
  board: 'board',
  announcements: 'announcements',
  // Staff and managers only: the moderation queue changes live.
  reviewQueue: 'review-queue',
} as const;
