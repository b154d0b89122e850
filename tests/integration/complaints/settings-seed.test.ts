import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { DEMO_ACCOUNTS } from '@/lib/demo/accounts';
import { seedComplaintSettings } from '@/lib/demo/complaint-settings';
import { listBranches, listCategories, listTeams, listTemplates } from '@/lib/complaints/settings/queries';
import { TEMPLATE_VARIABLES, templateGaps } from '@/lib/complaints/templates';
import { actorOf, createUser } from '../factories';

describe('demo complaint settings', () => {
  it("gives the club its categories, branches, teams and six-step templates, once however often it runs", async () => {
    const laura = await createUser('staff', { email: DEMO_ACCOUNTS.staff, displayName: 'Laura Gómez' });
    const manager = actorOf(await createUser('manager'));
    await seedComplaintSettings(getDb());
    const read = async () => ({
      categories: (await listCategories(manager)).map((c) => c.name),
      branches: (await listBranches(manager)).map((b) => b.name),
      teams: (await listTeams(manager)).map((t) => ({ name: t.name, members: t.members.map((m) => m.id) })),
      templates: await listTemplates(manager),
    });
    const first = await read();
    expect(first.categories).toEqual(['Instalaciones', 'Cuotas y pagos', 'Atención del personal', 'Actividades y horarios', 'Web y app']);
    expect(first.branches).toEqual(['Sede central', 'Piscina', 'Pistas de pádel', 'Gimnasio', 'Campo de fútbol']);
    expect(first.teams).toEqual([
      { name: 'Mantenimiento', members: [laura.id] },
      { name: 'Administración', members: [] },
      { name: 'Atención al socio', members: [] },
    ]);
    expect(first.templates).toHaveLength(3);
    for (const t of first.templates) {
      // Addressed to the member by name and signed in the voice of the staff member who answers.
      expect(t.bodyMd).toContain('{member}');
      expect(t.bodyMd).toContain('{staff}');
      expect(t.bodyMd).toMatch(/^Hola, \{member\}/);
      // Signed with the signer's own name and title, never a name or a department written in.
      expect(t.bodyMd.trimEnd()).toMatch(/Gracias[^\n]*\n\n\{staff\}\n\{staff_title\}$/);
      expect(t.bodyMd).not.toMatch(/Laura|Jorge|Marta|Soy \{staff\}, de/);
      // What only the person answering knows is marked, so the reply form refuses it left as it is.
      expect(templateGaps(t.bodyMd)).toHaveLength(1);
      expect(t.bodyMd.replace(/\[\[[\s\S]*?\]\]/g, '')).not.toMatch(/\[[^\]]*\]/);
      // And an English version for English members, with the same variables and the same marked part.
      expect(t.titleEn).not.toBe('');
      expect(templateGaps(t.bodyMdEn)).toHaveLength(1);
      expect(t.bodyMdEn.trimEnd()).toMatch(/\{staff\}\n\{staff_title\}$/);
      expect([...t.bodyMd.matchAll(/\{(\w+)\}/g)].every((m) => (TEMPLATE_VARIABLES as readonly string[]).includes(m[1]!))).toBe(true);
    }
    expect(first.templates.some((t) => t.bodyMd.includes('{branch}'))).toBe(true);

    await seedComplaintSettings(getDb());
    expect(await read()).toEqual(first);
  });
});
