declare module '@/lib/realtime/events' {
  interface RealtimeEvents {
    'brand:updated': import('@/lib/realtime/events').Ping;
  }
}
export {};
