import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { getDb } from '@/db/client';
import {
  appeals,
  complaintEvents,
  complaintRatings,
  followUpEvents,
  followUps,
  joinRequests,
  memberProfiles,
  memberRisk,
  moderationActions,
  notificationPreferences,
  posts,
  reports,
  reviewItems,
  sanctions,
} from '@/db/schema';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { recordFailure, withSignInLimits } from '@/lib/auth/sign-in-limits';
import type { Actor } from '@/lib/policy';
import { createThread } from '@/lib/threads/create-thread';
import { editPost } from '@/lib/threads/edit-post';
import { toggleReaction } from '@/lib/threads/react';
import { replyToThread } from '@/lib/threads/reply';
import { votePoll } from '@/lib/threads/vote';
import { getStorage } from '@/lib/uploads/storage';
import { createGroup } from '../community-fixtures';
import { complaintLists, fileOne, say, staffer } from '../complaint-fixtures';
import { actorOf, createUser } from '../factories';

export const key = () => randomUUID();

/** A person with a name, an address, a membership number and an IP that appear nowhere else. */
export async function personWithTraces() {
  const tag = randomUUID().slice(0, 6);
  const name = `Ainhoa Beristain ${tag}`;
  const email = `ainhoa.${tag}@correo.example`;
  const membershipNumber = `SOC-${tag}-4821`;
  const ip = `203.0.113.${10 + Math.floor(Math.random() * 200)}`;
  const row = await createUser('member', { displayName: name, email, membershipNumber, memberSince: new Date('2007-03-01'), locale: 'es' });
  return { actor: actorOf(row), name, email, membershipNumber, ip };
}

/**
 * Everything a member leaves behind, made the way the product makes it where a verb exists: threads,
 * replies others quote and mention, edits, reactions, a poll and a vote, complaints with a private case
 * and a rating, a report, a sanction with a pending appeal, a follow-up staff keep, sign-in attempts
 * from an address, a join request and preferences.
 */
export async function sceneFor(p: Awaited<ReturnType<typeof personWithTraces>>) {
  const db = getDb();
  const other = actorOf(await createUser('member', { displayName: `Carmen Ortega ${key().slice(0, 4)}` }));
  const laura = await staffer(`Laura ${key().slice(0, 4)}`, 'Atención al socio');
  const manager = actorOf(await createUser('manager', { displayName: `Marta ${key().slice(0, 4)}` }));
  const group = await createGroup('open', [
    [p.actor, 'member'],
    [other, 'member'],
  ]);
  const avatar = `avatars/${key()}.webp`;
  await getStorage().put(avatar, await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } }).webp().toBuffer());
  await db.insert(memberProfiles).values({ userId: p.actor.id, bio: `Soy ${p.name}, socia desde 2007, número ${p.membershipNumber}.`, avatarKey: avatar });

  // A thread she started that another member answered (its tombstone stays), with a poll.
  const answered = await createThread({ actor: p.actor, input: { groupId: group.id, title: 'Horarios de la piscina en verano', body: 'Propongo abrir a las 7.', idempotencyKey: key(), poll: { question: '¿A qué hora abrimos?', options: ['A las 7', 'A las 8'], multiple: false, closesAt: null } } });
  const reply = await replyToThread({ actor: other, input: { threadId: answered.id, body: `Gracias @${p.name}, me parece bien.`, idempotencyKey: key() } });
  // A thread nobody answered (it goes whole when she deletes her content).
  const lonely = await createThread({ actor: p.actor, input: { groupId: group.id, title: 'Busco pareja de pádel', body: `Escribidme a ${p.email}.`, idempotencyKey: key() } });
  // A reply of hers in someone else's thread, edited once (the revision holds the old text), quoted by another.
  const theirs = await createThread({ actor: other, input: { groupId: group.id, title: 'El bar del club', body: 'El café ha mejorado.', idempotencyKey: key() } });
  const mine = await replyToThread({ actor: p.actor, input: { threadId: theirs.id, body: `Firmado: ${p.name}`, idempotencyKey: key() } });
  await editPost({ actor: p.actor, input: { postId: mine.id, body: 'Estoy de acuerdo.' } });
  await replyToThread({ actor: other, input: { threadId: theirs.id, body: `Como dice ${p.name}, sí.`, quotedPostId: mine.id, idempotencyKey: key() } });
  await toggleReaction({ actor: p.actor, input: { postId: reply.id, reaction: 'heart' } });
  const [poll] = await db.execute(sql`select id, (select id from poll_options where poll_id = polls.id order by position limit 1) as option from polls where thread_id = ${answered.id}`).then((r) => (r as unknown as { rows: { id: string; option: string }[] }).rows);
  await votePoll({ actor: other, input: { pollId: poll!.id, optionIds: [poll!.option] } });
  await votePoll({ actor: p.actor, input: { pollId: poll!.id, optionIds: [poll!.option] } });

  // Complaints: one answered by Laura with a private case and a rating; a comment on someone else's.
  const lists = await complaintLists();
  const complaint = await fileOne(p.actor, lists, { body: `Soy la socia ${p.membershipNumber} y las duchas siguen frías.` });
  await say(laura, complaint.id, 'official_reply', 'Lo sentimos mucho. Lo revisamos hoy mismo.');
  await sendPrivateMessage({ actor: p.actor, input: { complaintId: complaint.id, body: `Mi teléfono es 600 123 123, soy ${p.name}.`, idempotencyKey: key() } });
  await db.insert(complaintRatings).values({ complaintId: complaint.id, solved: true, rating: 4, wouldStay: true, comment: `Bien resuelto, gracias. ${p.name}` });
  const othersComplaint = await fileOne(other, lists);
  await commentOnComplaint({ actor: p.actor, input: { complaintId: othersComplaint.id, body: 'A mí también me pasa por la mañana.', idempotencyKey: key() } });

  // Moderation: a report she made, a decision on her post, a sanction with a pending appeal.
  const [item] = await db.insert(reviewItems).values({ targetType: 'post', targetId: reply.id, authorId: other.id }).returning();
  await db.insert(reports).values({ reviewItemId: item!.id, reporterId: p.actor.id, targetType: 'post', targetId: reply.id, reason: 'other', note: `Lo denuncio yo, ${p.name}` });
  await db.insert(moderationActions).values({ targetType: 'post', targetId: mine.id, action: 'restore', actorId: laura.id, authorId: p.actor.id, note: `Revisado con ${p.name}` });
  const [sanction] = await db.insert(sanctions).values({ userId: p.actor.id, kind: 'silence', reason: `Insultos de ${p.name} en el bar`, issuedBy: manager.id, endsAt: new Date(Date.now() + 7 * 86_400_000) }).returning();
  await db.insert(appeals).values({ sanctionId: sanction!.id, appellantId: p.actor.id, body: `Yo, ${p.name}, no insulté a nadie.` });

  // What staff keep: her risk and a follow-up with a note.
  await db.insert(memberRisk).values({ userId: p.actor.id, level: 'high', reasons: [{ signal: 'low_rating', level: 'high', at: new Date().toISOString() }] });
  const [follow] = await db.insert(followUps).values({ memberId: p.actor.id, assigneeId: laura.id, openedBy: laura.id, channel: 'call', signalAt: new Date(), dueAt: new Date(Date.now() + 86_400_000), idempotencyKey: key() }).returning();
  await db.insert(followUpEvents).values({ followUpId: follow!.id, kind: 'logged', actorId: laura.id, channel: 'call', note: `Hablé con ${p.name} al ${p.membershipNumber}` });

  // Sign-in attempts from her address, the request she joined with, her preferences.
  await withSignInLimits(p.email, p.ip, (attempt) => recordFailure(attempt));
  await db.insert(joinRequests).values({ email: p.email, displayName: p.name, membershipNumber: p.membershipNumber, message: 'Quiero entrar', passwordHash: 'x', locale: 'es', status: 'approved' });
  await db.insert(notificationPreferences).values({ userId: p.actor.id, category: 'replies', channel: 'immediate' });

  return { other, laura, manager, group, answered, lonely, theirs, mine, reply, complaint, othersComplaint, sanction: sanction!, poll: poll!, avatar };
}

export async function postRow(id: string) {
  const [row] = await getDb().select().from(posts).where(eq(posts.id, id));
  return row;
}

export async function privateCaseOf(complaintId: string) {
  return getDb().select().from(complaintEvents).where(eq(complaintEvents.complaintId, complaintId));
}

export type Scene = Awaited<ReturnType<typeof sceneFor>>;
export type Person = Awaited<ReturnType<typeof personWithTraces>>;
export type { Actor };
