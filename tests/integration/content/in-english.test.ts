import { describe, expect, it } from 'vitest';
import { loadBrand } from '@/lib/brand/queries';
import { updateBrand } from '@/lib/brand/update';
import { boardFilters, listBoard } from '@/lib/complaints/board';
import { complaintOptions } from '@/lib/complaints/options';
import { getComplaintView } from '@/lib/complaints/queries';
import { createListEntry } from '@/lib/complaints/settings/create-entry';
import { createResponseTemplate } from '@/lib/complaints/settings/create-template';
import { listTemplates } from '@/lib/complaints/settings/queries';
import { renameListEntry } from '@/lib/complaints/settings/rename-entry';
import { updateResponseTemplate } from '@/lib/complaints/settings/update-template';
import { createGroup } from '@/lib/groups/create';
import { findGroupBySlug } from '@/lib/groups/queries';
import { updateGroup } from '@/lib/groups/update';
import { localized } from '@/lib/i18n/localized';
import { fileOne, key, member, staffer } from '../complaint-fixtures';

describe('content written in Spanish and English', () => {
  it('categories and branches: English readers get the English name, or the Spanish one when none was written', async () => {
    const marta = await staffer('Marta', 'Dirección', 'manager');
    const pool = await createListEntry({ actor: marta, input: { list: 'branch', name: 'Piscina cubierta', nameEn: 'Indoor pool', idempotencyKey: key() } });
    const fees = await createListEntry({ actor: marta, input: { list: 'category', name: 'Cuotas', idempotencyKey: key() } });
    const named = async (locale: 'es' | 'en') => {
      const { categories, branches } = await complaintOptions(locale);
      return [categories.find((c) => c.id === fees.id)?.name, branches.find((b) => b.id === pool.id)?.name];
    };
    expect(await named('es')).toEqual(['Cuotas', 'Piscina cubierta']);
    expect(await named('en')).toEqual(['Cuotas', 'Indoor pool']);

    await renameListEntry({ actor: marta, input: { list: 'category', id: fees.id, name: 'Cuotas', nameEn: 'Fees' } });
    expect(await named('en')).toEqual(['Fees', 'Indoor pool']);
    // A form without the English name (the team form) keeps it.
    await renameListEntry({ actor: marta, input: { list: 'category', id: fees.id, name: 'Cuotas y pagos' } });
    expect(await named('en')).toEqual(['Fees', 'Indoor pool']);

    // The board card and the complaint page carry both names, for the page to say in the reader's language.
    const ana = await member('Ana');
    const { number } = await fileOne(ana, { categoryId: fees.id, branchId: pool.id });
    const view = (await getComplaintView(ana, number, false))!;
    expect([view.category, view.branch]).toEqual([
      { id: fees.id, name: 'Cuotas y pagos', nameEn: 'Fees' },
      { id: pool.id, name: 'Piscina cubierta', nameEn: 'Indoor pool' },
    ]);
    const card = (await listBoard(ana, boardFilters.parse({}))).cards.find((c) => c.number === number)!;
    expect(localized(card.branchName, card.branchNameEn, 'en')).toBe('Indoor pool');
  });

  it('templates, the welcome text and group descriptions are edited in both languages', async () => {
    const marta = await staffer('Marta', 'Dirección', 'manager');
    const { id } = await createResponseTemplate({
      actor: marta,
      input: { title: 'Gracias por avisar', bodyMd: 'Hola, {member}: lo revisamos.', titleEn: 'Thanks for telling us', bodyMdEn: 'Hello {member}, we are looking into it.', idempotencyKey: key() },
    });
    await updateResponseTemplate({ actor: marta, input: { id, title: 'Gracias por avisar', bodyMd: 'Hola, {member}: lo revisamos.', titleEn: 'Thank you', bodyMdEn: 'Hello {member}, we are on it.' } });
    expect((await listTemplates(marta)).find((t) => t.id === id)).toMatchObject({ title: 'Gracias por avisar', titleEn: 'Thank you', bodyMdEn: 'Hello {member}, we are on it.' });

    await updateBrand({ actor: marta, input: { name: 'Club Ribera', welcomeText: 'Bienvenida', welcomeTextEn: 'Welcome', primaryColor: '#0f5c8c', accentColor: '#c2410c', defaultLocale: 'es' } });
    const brand = await loadBrand();
    expect([localized(brand.welcomeText, brand.welcomeTextEn, 'es'), localized(brand.welcomeText, brand.welcomeTextEn, 'en')]).toEqual(['Bienvenida', 'Welcome']);

    const group = await createGroup({ actor: marta, input: { name: 'Natación', description: 'Entrenamientos y calles libres.', descriptionEn: 'Training and free lanes.' } });
    expect(await findGroupBySlug(marta, group.slug)).toMatchObject({ description: 'Entrenamientos y calles libres.', descriptionEn: 'Training and free lanes.' });
    await updateGroup({ actor: marta, input: { groupId: group.id, name: 'Natación', description: 'Entrenamientos.', descriptionEn: '' } });
    const emptied = (await findGroupBySlug(marta, group.slug))!;
    expect(localized(emptied.description, emptied.descriptionEn, 'en')).toBe('Entrenamientos.');
  });
});
