import type { PollDto, PostDto, ReactionSummary } from './dto';

declare module '@/lib/realtime/events' {
  interface RealtimeEvents {
    'post:created': PostDto;
    'post:updated': PostDto;
    'post:deleted': { id: string };
    'reactions:changed': { postId: string; reactions: ReactionSummary[] };
    'poll:changed': PollDto;
    'thread:updated': { pinned: boolean; locked: boolean };
    'thread:visibility': { hidden: boolean };
    'group:activity': { groupId: string; threadId: string };
    'group:changed': { groupId: string };
  }
}

export {};
