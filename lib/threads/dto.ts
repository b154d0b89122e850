import type { HideReason } from '@/lib/policy/moderation';
import type { Reaction } from './constants';

// What the thread page and its live updates carry: only what every reader of the thread may see.
export interface ReactionSummary {
  reaction: Reaction;
  count: number;
  names: string[];
  userIds: string[];
}

export interface PostDto {
  id: string;
  authorId: string;
  authorName: string;
  authorRole: 'member' | 'staff' | 'manager';
  authorTitle: string | null;
  /** Null: the author's initials stand in. */
  authorAvatarUrl: string | null;
  bodyHtml: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** Hidden by moderation (or waiting for review): readers see the tombstone with this reason, not the text. */
  hidden: HideReason | null;
  quoted: { id: string; authorName: string } | null;
  images: { url: string; width: number; height: number }[];
  reactions: ReactionSummary[];
}

export interface PollDto {
  id: string;
  question: string;
  multiple: boolean;
  closesAt: string | null;
  closed: boolean;
  voters: number;
  options: { id: string; label: string; votes: number }[];
}
