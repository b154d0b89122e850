declare module '@/lib/realtime/events' {
  interface RealtimeEvents {
    'review:changed': import('@/lib/realtime/events').Ping;
  }
}
export {};
