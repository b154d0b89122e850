import { and, asc, eq, inArray, ne, notInArray, or } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  appeals,
  attachments,
  complaintEvents,
  complaintFollowers,
  complaintMeToo,
  complaintPhotos,
  complaintRatings,
  complaints,
  followUpEvents,
  followUps,
  groupJoinRequests,
  groupMembers,
  groups,
  memberProfiles,
  memberRisk,
  memberRiskChanges,
  moderationActions,
  notificationPreferences,
  notifications,
  pollOptions,
  polls,
  pollVotes,
  postReactions,
  postRevisions,
  posts,
  reports,
  sanctions,
  threads,
  users,
} from '@/db/schema';

/**
 * Everything held about one person, kind by kind: one JSON file each in the "my data" ZIP, and one
 * README paragraph each (`privacy.readme.kinds.<name>`). The one list of what an export holds: a new
 * table about people (consents, devices: built by other parts of issue 16) adds its kind here.
 */
export interface ExportKind {
  name: string;
  read: (db: Executor, userId: string) => Promise<unknown>;
}

/** The files a person uploaded, by storage key: copied into the ZIP under `uploads/`. */
export async function uploadKeysOf(db: Executor, userId: string): Promise<string[]> {
  const [profile] = await db.select({ key: memberProfiles.avatarKey }).from(memberProfiles).where(eq(memberProfiles.userId, userId));
  const [images, photos] = await Promise.all([
    db.select({ key: attachments.storageKey }).from(attachments).where(eq(attachments.uploaderId, userId)).orderBy(asc(attachments.createdAt)),
    db
      .select({ key: complaintPhotos.storageKey })
      .from(complaintPhotos)
      .innerJoin(complaints, eq(complaints.id, complaintPhotos.complaintId))
      .where(eq(complaints.authorId, userId))
      .orderBy(asc(complaintPhotos.createdAt)),
  ]);
  return [...new Set([...(profile?.key ? [profile.key] : []), ...images.map((r) => r.key), ...photos.map((r) => r.key)])];
}

export const EXPORT_KINDS: readonly ExportKind[] = [
  {
    name: 'account',
    read: async (db, userId) => {
      const [account] = await db
        .select({
          id: users.id,
          email: users.email,
          displayName: users.displayName,
          role: users.role,
          staffTitle: users.staffTitle,
          membershipNumber: users.membershipNumber,
          status: users.status,
          statusReason: users.statusReason,
          statusUntil: users.statusUntil,
          locale: users.locale,
          createdAt: users.createdAt,
          lastSeenAt: users.lastSeenAt,
          memberSince: users.memberSince,
          valueBand: users.valueBand,
          bio: memberProfiles.bio,
          avatarKey: memberProfiles.avatarKey,
        })
        .from(users)
        .leftJoin(memberProfiles, eq(memberProfiles.userId, users.id))
        .where(eq(users.id, userId));
      return account ?? null;
    },
  },
  {
    name: 'groups',
    read: async (db, userId) => ({
      memberships: await db
        .select({ groupId: groups.id, slug: groups.slug, name: groups.name, role: groupMembers.role, joinedAt: groupMembers.joinedAt })
        .from(groupMembers)
        .innerJoin(groups, eq(groups.id, groupMembers.groupId))
        .where(eq(groupMembers.userId, userId))
        .orderBy(asc(groupMembers.joinedAt)),
      joinRequests: await db
        .select({ groupId: groupJoinRequests.groupId, message: groupJoinRequests.message, status: groupJoinRequests.status, createdAt: groupJoinRequests.createdAt, decidedAt: groupJoinRequests.decidedAt })
        .from(groupJoinRequests)
        .where(eq(groupJoinRequests.userId, userId))
        .orderBy(asc(groupJoinRequests.createdAt)),
    }),
  },
  {
    name: 'posts',
    read: async (db, userId) => ({
      threadsStarted: await db
        .select({ id: threads.id, groupId: threads.groupId, title: threads.title, createdAt: threads.createdAt, hiddenReason: threads.hiddenReason })
        .from(threads)
        .where(eq(threads.authorId, userId))
        .orderBy(asc(threads.createdAt), asc(threads.id)),
      posts: await db
        .select({ id: posts.id, threadId: posts.threadId, bodyMd: posts.bodyMd, quotedPostId: posts.quotedPostId, createdAt: posts.createdAt, editedAt: posts.editedAt, deletedAt: posts.deletedAt, hiddenReason: posts.hiddenReason })
        .from(posts)
        .where(eq(posts.authorId, userId))
        .orderBy(asc(posts.createdAt), asc(posts.id)),
      polls: await db
        .select({ id: polls.id, threadId: polls.threadId, question: polls.question, options: pollOptions.label })
        .from(polls)
        .innerJoin(threads, eq(threads.id, polls.threadId))
        .innerJoin(pollOptions, eq(pollOptions.pollId, polls.id))
        .where(eq(threads.authorId, userId))
        .orderBy(asc(polls.createdAt), asc(pollOptions.position)),
    }),
  },
  {
    name: 'revisions',
    read: (db, userId) =>
      db
        .select({ id: postRevisions.id, postId: postRevisions.postId, bodyMd: postRevisions.bodyMd, replacedAt: postRevisions.replacedAt })
        .from(postRevisions)
        .innerJoin(posts, eq(posts.id, postRevisions.postId))
        .where(or(eq(posts.authorId, userId), eq(postRevisions.editorId, userId)))
        .orderBy(asc(postRevisions.replacedAt), asc(postRevisions.id)),
  },
  {
    name: 'reactions',
    read: (db, userId) =>
      db
        .select({ postId: postReactions.postId, reaction: postReactions.reaction, createdAt: postReactions.createdAt })
        .from(postReactions)
        .where(eq(postReactions.userId, userId))
        .orderBy(asc(postReactions.createdAt), asc(postReactions.postId)),
  },
  {
    name: 'votes',
    read: (db, userId) =>
      db
        .select({ pollId: pollVotes.pollId, question: polls.question, option: pollOptions.label, createdAt: pollVotes.createdAt })
        .from(pollVotes)
        .innerJoin(polls, eq(polls.id, pollVotes.pollId))
        .innerJoin(pollOptions, eq(pollOptions.id, pollVotes.optionId))
        .where(eq(pollVotes.userId, userId))
        .orderBy(asc(pollVotes.createdAt), asc(pollVotes.optionId)),
  },
  {
    name: 'complaints',
    read: async (db, userId) => {
      const own = await db
        .select({ id: complaints.id, number: complaints.number, title: complaints.title, bodyMd: complaints.bodyMd, status: complaints.status, closeReason: complaints.closeReason, createdAt: complaints.createdAt, resolvedAt: complaints.resolvedAt, closedAt: complaints.closedAt })
        .from(complaints)
        .where(eq(complaints.authorId, userId))
        .orderBy(asc(complaints.number));
      const ids = own.map((c) => c.id);
      // The public timeline and the private case; staff's internal notes are the company's working papers.
      const events = ids.length
        ? await db
            .select({ id: complaintEvents.id, complaintId: complaintEvents.complaintId, kind: complaintEvents.kind, visibility: complaintEvents.visibility, bodyMd: complaintEvents.bodyMd, fromStatus: complaintEvents.fromStatus, toStatus: complaintEvents.toStatus, createdAt: complaintEvents.createdAt })
            .from(complaintEvents)
            .where(and(inArray(complaintEvents.complaintId, ids), ne(complaintEvents.visibility, 'internal')))
            .orderBy(asc(complaintEvents.id))
        : [];
      const mine = await db
        .select({ id: complaintEvents.id, complaintId: complaintEvents.complaintId, kind: complaintEvents.kind, bodyMd: complaintEvents.bodyMd, createdAt: complaintEvents.createdAt })
        .from(complaintEvents)
        .where(and(eq(complaintEvents.actorId, userId), ne(complaintEvents.visibility, 'internal'), ids.length ? notInArray(complaintEvents.complaintId, ids) : undefined))
        .orderBy(asc(complaintEvents.id));
      return {
        filed: own.map((c) => ({ ...c, timeline: events.filter((e) => e.complaintId === c.id && e.visibility === 'public'), privateCase: events.filter((e) => e.complaintId === c.id && e.visibility === 'private') })),
        onOthers: mine,
        meToo: await db.select({ complaintId: complaintMeToo.complaintId, createdAt: complaintMeToo.createdAt }).from(complaintMeToo).where(eq(complaintMeToo.userId, userId)).orderBy(asc(complaintMeToo.createdAt)),
        following: await db.select({ complaintId: complaintFollowers.complaintId, createdAt: complaintFollowers.createdAt }).from(complaintFollowers).where(eq(complaintFollowers.userId, userId)).orderBy(asc(complaintFollowers.createdAt)),
      };
    },
  },
  {
    name: 'ratings',
    read: (db, userId) =>
      db
        .select({ complaintId: complaintRatings.complaintId, solved: complaintRatings.solved, rating: complaintRatings.rating, wouldStay: complaintRatings.wouldStay, comment: complaintRatings.comment, createdAt: complaintRatings.createdAt })
        .from(complaintRatings)
        .innerJoin(complaints, eq(complaints.id, complaintRatings.complaintId))
        .where(eq(complaints.authorId, userId))
        .orderBy(asc(complaintRatings.createdAt)),
  },
  {
    name: 'reports',
    read: (db, userId) =>
      db
        .select({ id: reports.id, targetType: reports.targetType, targetId: reports.targetId, reason: reports.reason, note: reports.note, status: reports.status, createdAt: reports.createdAt, decidedAt: reports.decidedAt })
        .from(reports)
        .where(eq(reports.reporterId, userId))
        .orderBy(asc(reports.createdAt), asc(reports.id)),
  },
  {
    name: 'moderation',
    read: async (db, userId) => ({
      decisions: await db
        .select({ id: moderationActions.id, targetType: moderationActions.targetType, targetId: moderationActions.targetId, action: moderationActions.action, reason: moderationActions.reason, createdAt: moderationActions.createdAt })
        .from(moderationActions)
        .where(eq(moderationActions.authorId, userId))
        .orderBy(asc(moderationActions.createdAt), asc(moderationActions.id)),
      sanctions: await db
        .select({ id: sanctions.id, kind: sanctions.kind, reason: sanctions.reason, endsAt: sanctions.endsAt, appealable: sanctions.appealable, createdAt: sanctions.createdAt, liftedAt: sanctions.liftedAt })
        .from(sanctions)
        .where(eq(sanctions.userId, userId))
        .orderBy(asc(sanctions.createdAt)),
      appeals: await db
        .select({ id: appeals.id, actionId: appeals.actionId, sanctionId: appeals.sanctionId, body: appeals.body, status: appeals.status, decisionNote: appeals.decisionNote, createdAt: appeals.createdAt, decidedAt: appeals.decidedAt })
        .from(appeals)
        .where(eq(appeals.appellantId, userId))
        .orderBy(asc(appeals.createdAt)),
    }),
  },
  {
    name: 'notifications',
    read: (db, userId) =>
      db
        .select({ id: notifications.id, kind: notifications.kind, threadId: notifications.threadId, complaintId: notifications.complaintId, createdAt: notifications.createdAt, readAt: notifications.readAt })
        .from(notifications)
        .where(eq(notifications.userId, userId))
        .orderBy(asc(notifications.createdAt), asc(notifications.id)),
  },
  {
    name: 'emailPreferences',
    read: (db, userId) =>
      db
        .select({ category: notificationPreferences.category, channel: notificationPreferences.channel, updatedAt: notificationPreferences.updatedAt })
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId))
        .orderBy(asc(notificationPreferences.category)),
  },
  {
    // What staff keep about the member's risk of leaving and their follow-ups (DOMAIN: "part of the member's own data export").
    name: 'staffFollowUp',
    read: async (db, userId) => {
      const followed = await db
        .select({ id: followUps.id, channel: followUps.channel, openedAt: followUps.openedAt, dueAt: followUps.dueAt, firstContactAt: followUps.firstContactAt, closedAt: followUps.closedAt, outcome: followUps.outcome })
        .from(followUps)
        .where(eq(followUps.memberId, userId))
        .orderBy(asc(followUps.openedAt));
      const ids = followed.map((f) => f.id);
      const events = ids.length
        ? await db
            .select({ followUpId: followUpEvents.followUpId, kind: followUpEvents.kind, channel: followUpEvents.channel, note: followUpEvents.note, outcome: followUpEvents.outcome, createdAt: followUpEvents.createdAt })
            .from(followUpEvents)
            .where(inArray(followUpEvents.followUpId, ids))
            .orderBy(asc(followUpEvents.id))
        : [];
      const [risk] = await db.select({ level: memberRisk.level, reasons: memberRisk.reasons, since: memberRisk.since, updatedAt: memberRisk.updatedAt }).from(memberRisk).where(eq(memberRisk.userId, userId));
      return {
        risk: risk ?? null,
        riskHistory: await db
          .select({ fromLevel: memberRiskChanges.fromLevel, toLevel: memberRiskChanges.toLevel, reasons: memberRiskChanges.reasons, createdAt: memberRiskChanges.createdAt })
          .from(memberRiskChanges)
          .where(eq(memberRiskChanges.userId, userId))
          .orderBy(asc(memberRiskChanges.id)),
        followUps: followed.map((f) => ({ ...f, log: events.filter((e) => e.followUpId === f.id) })),
      };
    },
  },
];
