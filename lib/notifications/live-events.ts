declare module '@/lib/realtime/events' {
  interface RealtimeEvents {
    'notification:new': import('@/lib/realtime/events').Ping;
    'notifications:count': { unread: number };
  }
}
export {};
