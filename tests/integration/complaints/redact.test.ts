import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, complaintEvents } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { getComplaintView } from '@/lib/complaints/queries';
import { redactFragment, type RedactInput } from '@/lib/moderation/redact';
import { Forbidden, Invalid } from '@/lib/errors';
import {
  complaintScene,
  complaintRow,
  eventsOf,
  expectRefused,
  fileOne,
  freshComplaint,
  key,
  type Lists,
  member,
} from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = (extra: Parameters<typeof fileOne>[2] = {}) => freshComplaint(lists, extra);

const redact = (actor: Actor, input: RedactInput) => redactFragment({ actor, input });

describe('redaction', () => {
  const secret = 'Pepe el de la taquilla';

  it('takes a fragment out of the complaint and out of a comment, stores it nowhere, and leaves an audit row', async () => {
    const { id, number } = await fresh({ title: `La culpa es de ${secret}`, body: `Ya se lo dije a ${secret} tres veces y nada cambia en el vestuario.` });
    const bea = await member('Bea');
    await commentOnComplaint({ actor: bea, input: { complaintId: id, body: `${secret} me trató fatal también.`, idempotencyKey: key() } });
    const commentEvent = (await eventsOf(id)).at(-1)!;

    await redact(laura, { complaintId: id, fragment: secret, reason: 'Nombre de un empleado' });
    let row = await complaintRow(id);
    expect(row.title).toBe('La culpa es de […]');
    expect(row.bodyMd).toBe('Ya se lo dije a […] tres veces y nada cambia en el vestuario.');
    expect(row.bodyHtml).not.toContain('Pepe');
    await redact(laura, { complaintId: id, eventId: String(commentEvent.id), fragment: secret, reason: 'Nombre de un empleado' });
    const [comment] = await getDb().select().from(complaintEvents).where(eq(complaintEvents.id, commentEvent.id));
    expect(comment).toMatchObject({ bodyMd: '[…] me trató fatal también.' });
    expect(comment!.bodyHtml).not.toContain('Pepe');

    const redactions = (await eventsOf(id)).filter((e) => e.kind === 'redacted');
    expect(redactions.map((e) => [e.visibility, e.actorId, e.data])).toEqual([
      ['public', laura.id, { target: 'complaint', reason: 'Nombre de un empleado', places: 2 }],
      ['public', laura.id, { target: commentEvent.id, reason: 'Nombre de un empleado', places: 1 }],
    ]);
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audits.map((a) => a.action)).toEqual(['complaint.redacted', 'complaint.redacted']);
    expect(JSON.stringify(audits)).not.toContain('Pepe');
    expect(JSON.stringify(await eventsOf(id))).not.toContain('Pepe');
    expect(JSON.stringify(await getComplaintView(laura, number, false))).not.toContain('Pepe');
    row = await complaintRow(id);
    // Search forgets it too (the vector is generated from the public text).
    expect(row.searchVector).not.toContain('taquill');
    expect(row.searchVector).toContain('vestuari');
  });

  it('refuses a fragment that is not there, a private entry, and members', async () => {
    const { id, author } = await fresh({ body: 'Mi socio de pádel, Jaime Ruiz, vio cómo pasaba todo en la pista.' });
    const err = await expectRefused(id, () => redact(laura, { complaintId: id, fragment: 'Nadie Nunca', reason: 'Datos' }), Invalid);
    expect(err.fieldErrors).toEqual({ fragment: ['complaints.errors.fragmentNotFound'] });
    await sendPrivateMessage({ actor: author, input: { complaintId: id, body: 'Jaime Ruiz es mi cuñado.', idempotencyKey: key() } });
    const privateEvent = (await eventsOf(id)).find((e) => e.kind === 'private_message')!;
    await expectRefused(id, () => redact(laura, { complaintId: id, eventId: privateEvent.id, fragment: 'Jaime Ruiz', reason: 'Datos' }), Invalid);
    await expectRefused(id, () => redact(author, { complaintId: id, fragment: 'Jaime Ruiz', reason: 'Datos' }), Forbidden);
    await expectRefused(id, () => redact(laura, { complaintId: id, fragment: 'Ja', reason: 'Datos' }), Invalid);
  });
});
