import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '@/db/client';
import { auditSheet, searchAudit } from '@/lib/audit/queries';
import { sentenceText } from '@/lib/audit/sentences';
import { exportResponse } from '@/lib/export/download';
import { dynamicTranslatorFor } from '@/lib/i18n/translator';
import { hideContent } from '@/lib/moderation/hide';
import { sanctionMember } from '@/lib/moderation/sanction';
import type { Actor } from '@/lib/policy';
import { createThread } from '@/lib/threads/create-thread';
import { replyToThread } from '@/lib/threads/reply';
import { Forbidden } from '@/lib/errors';
import { createGroup, key } from '../community-fixtures';
import { complaintLists, fileOne, member, say, staffer } from '../complaint-fixtures';

let laura: Actor;
let marta: Actor;
let carlos: Actor;
let ana: Actor;
let postHref: string;
let complaintNumber: number;

const text = (locale: 'es' | 'en') => async (filters = {}) => (await searchAudit(marta, filters, undefined, locale)).entries.map((e) => sentenceText(dynamicTranslatorFor(locale), e.sentence));

beforeAll(async () => {
  laura = await staffer('Laura Gómez');
  marta = await staffer('Marta Ibáñez', 'Directora de comunidad', 'manager');
  carlos = await member('Carlos Navarro');
  ana = await member('Ana Ruiz');
  const group = await createGroup('open', [[carlos, 'member'], [ana, 'member']]);
  const thread = await createThread({ actor: ana, input: { groupId: group.id, title: 'Partido del sábado', body: '¿Quién viene?', idempotencyKey: key() } });
  const reply = await replyToThread({ actor: carlos, input: { threadId: thread.id, body: '¿Alguien ha visto la final de ayer?', idempotencyKey: key() } });
  postHref = `/groups/${group.slug}/${thread.id}#post-${reply.id}`;
  const complaint = await fileOne(carlos, await complaintLists(), { title: 'Las duchas no calientan' });
  complaintNumber = complaint.number;
  await say(laura, complaint.id, 'official_reply');
  await hideContent({ actor: laura, input: { targetType: 'post', targetId: reply.id, reason: 'off_topic' } });
  await sanctionMember({ actor: marta, input: { userId: carlos.id, kind: 'suspension', reason: 'Insultos reiterados', days: 7 } });
});

describe('the audit log in sentences', () => {
  it('tells each action as a sentence in the reader’s language, its target a link', async () => {
    const [suspended, hidden, answered] = await text('es')();
    expect(hidden).toBe('Laura Gómez ocultó una respuesta de Carlos Navarro: fuera de tema');
    expect(suspended).toMatch(/^Marta Ibáñez suspendió a Carlos Navarro hasta el \d{1,2} de \w+ de \d{4}: Insultos reiterados$/);
    expect(answered).toBe(`Laura Gómez respondió oficialmente a la queja n.º ${complaintNumber} «Las duchas no calientan»`);
    const [, hiddenEn] = await text('en')();
    expect(hiddenEn).toBe('Laura Gómez hid a reply by Carlos Navarro: off-topic');

    const { entries } = await searchAudit(marta, {}, undefined, 'es');
    expect(entries[1]!.sentence).toMatchObject({ before: 'Laura Gómez ocultó ', target: 'una respuesta de Carlos Navarro', after: '', href: postHref, reason: 'fuera de tema' });
    expect(entries[2]!.sentence.href).toBe(`/board/${complaintNumber}`);
    expect(entries[0]!.actor).toEqual({ id: marta.id, name: 'Marta Ibáñez' });
  });

  it('shows no raw code to the reader', async () => {
    for (const locale of ['es', 'en'] as const) for (const line of await text(locale)()) expect(line).not.toMatch(/[a-z]+[._][a-z]+|\{|\}/);
  });

  it('filters by the person affected (name without accents, e-mail), by who acted and by area', async () => {
    expect(await text('es')({ person: 'carlos navarro' })).toHaveLength(3);
    expect(await text('es')({ person: 'ana ruiz' })).toHaveLength(0);
    expect(await text('es')({ person: 'IBANEZ' })).toHaveLength(0);
    expect(await text('es')({ actor: marta.id })).toHaveLength(1);
    expect(await text('es')({ area: 'moderation' })).toHaveLength(2);
    expect(await text('es')({ area: 'complaint', person: 'Carlos' })).toEqual([`Laura Gómez respondió oficialmente a la queja n.º ${complaintNumber} «Las duchas no calientan»`]);
  });

  it('costs a bounded number of queries per page, whatever the kinds of target', async () => {
    const { queries } = await countQueries(() => searchAudit(marta, {}, undefined, 'es'));
    expect(queries).toBeLessThanOrEqual(6);
  });

  it('is for managers only', async () => {
    await expect(searchAudit(laura, {}, undefined, 'es')).rejects.toBeInstanceOf(Forbidden);
    await expect(auditSheet(laura, {}, 'es', 'http://localhost')).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('the audit log exported', () => {
  it('as CSV for Spanish Excel: BOM, semicolons, Madrid time, sentences and absolute links', async () => {
    const response = await exportResponse(await auditSheet(marta, { person: 'Carlos' }, 'es', 'https://club.example'), 'csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(new TextDecoder().decode(bytes), { delimiter: ';', bom: true });
    expect(rows[0]).toEqual(['Fecha y hora (Madrid)', 'Quién', 'Qué pasó', 'Motivo', 'Enlace']);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), 'Laura Gómez', 'Laura Gómez ocultó una respuesta de Carlos Navarro', 'fuera de tema', `https://club.example${postHref}`]);
  });

  it('as CSV in English: commas', async () => {
    const response = await exportResponse(await auditSheet(marta, { area: 'moderation' }, 'en', 'https://club.example'), 'csv');
    const rows: string[][] = parse(await response.text(), { bom: true });
    expect(rows[0]).toEqual(['Date and time (Madrid)', 'Who', 'What happened', 'Reason', 'Link']);
    expect(rows[2]![2]).toBe('Laura Gómez hid a reply by Carlos Navarro');
  });

  it('as an Excel workbook with real dates', async () => {
    const response = await exportResponse(await auditSheet(marta, {}, 'es', 'https://club.example'), 'xlsx');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Fecha y hora (Madrid)', 'Quién', 'Qué pasó', 'Motivo', 'Enlace']);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getCell('A2').value).toBeInstanceOf(Date);
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell('C3').value).toBe('Laura Gómez ocultó una respuesta de Carlos Navarro');
  });
});
