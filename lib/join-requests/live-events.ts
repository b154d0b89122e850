declare module '@/lib/realtime/events' {
  interface RealtimeEvents {
    'join-requests:changed': import('@/lib/realtime/events').Ping;
  }
}
export {};
