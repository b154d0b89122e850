/**
 * What each area plugs into the general modules, which know no area themselves: its socket rooms
 * (lib/realtime), who may read its files (lib/uploads), who may sign in though kept out (lib/auth), and
 * the transactional mails the outbox worker composes (lib/mail).
 * Imported once by each entry point that serves them: server.ts (sockets), the media and sign-in
 * routes, and the integration tests' setup.
 */
import '@/lib/announcements/rooms';
import '@/lib/auth/reset-mail';
import '@/lib/brand/media';
import '@/lib/complaints/media';
import '@/lib/complaints/rooms';
import '@/lib/groups/rooms';
import '@/lib/invitations/mail';
import '@/lib/join-requests/mail';
import '@/lib/moderation/rooms';
import '@/lib/moderation/sign-in';
import '@/lib/profiles/media';
import '@/lib/threads/media';
import '@/lib/threads/rooms';
import '@/lib/privacy/mail';
import '@/lib/two-factor/mail';
import '@/lib/inbound/mail';
import '@/lib/webhooks/mail';
