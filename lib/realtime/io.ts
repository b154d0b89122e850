import type { Server } from 'socket.io';

// server.ts creates the socket.io server; app code (a separate bundle) finds it here.
const g = globalThis as unknown as { __tertuliaIo?: Server };

export function setIo(io: Server | undefined): void {
  g.__tertuliaIo = io;
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
