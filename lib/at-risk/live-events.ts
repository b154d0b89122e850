declare module '@/lib/realtime/events' {
  interface RealtimeEvents {
    /** The members-at-risk list changed (a level, a reason or a follow-up): staff pages re-read it. */
    'atrisk:changed': import('@/lib/realtime/events').Ping;
  }
}
export {};
