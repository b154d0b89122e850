import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedComplaintSettings } from '@/lib/demo/complaint-settings';
import { listTemplates } from '@/lib/complaints/settings/queries';
import { fillTemplate } from '@/lib/complaints/templates';
import { respondToComplaint } from '@/lib/complaints/respond';
import { Invalid } from '@/lib/errors';
import { complaintRow, complaintScene, eventsOf, expectRefused, freshComplaint, key } from '../complaint-fixtures';

describe('answering from a template', () => {
  it('refuses to publish while a marked part is left, and signs with the one who answers', async () => {
    const { lists, laura } = await complaintScene();
    await seedComplaintSettings(getDb());
    const billing = (await listTemplates(laura)).find((t) => t.title === 'Cobro o cuota que no cuadra')!;
    const { id } = await freshComplaint(lists);
    const body = fillTemplate(billing.bodyMd, { member: 'Ana', staff: 'Laura', staff_title: 'Atención al socio', branch: 'Piscina' });

    const refused = await expectRefused(id, () => respondToComplaint({ actor: laura, input: { complaintId: id, statement: 'official_reply', body, idempotencyKey: key() } }), Invalid);
    expect(refused.fieldErrors).toEqual({ body: ['complaints.errors.templateGap'] });
    expect((await complaintRow(id)).status).toBe('open');

    const written = body.replace(/\[\[[\s\S]*?\]\]/, 'El recibo de octubre se cargó dos veces: devolvemos el importe duplicado esta semana.');
    await respondToComplaint({ actor: laura, input: { complaintId: id, statement: 'official_reply', body: written, idempotencyKey: key() } });
    const reply = (await eventsOf(id)).find((e) => e.kind === 'official_reply')!;
    expect(reply.bodyMd).toContain('Laura\nAtención al socio');
    expect(reply.bodyMd).not.toMatch(/\[\[|\]\]|Laura Gómez|administración/);
    expect((await complaintRow(id)).status).toBe('acknowledged');
  });
});
