import { count, eq, max } from 'drizzle-orm';
import type { Db, Executor } from '@/db/client';
import { responseTemplates, staffTeamMembers, users } from '@/db/schema';
import { type ListKind, tableOf } from '@/lib/complaints/settings/lists';
import { DEMO_ACCOUNTS } from './accounts';

const CATEGORIES = ['Instalaciones', 'Cuotas y pagos', 'Atención del personal', 'Actividades y horarios', 'Web y app'];
const BRANCHES = ['Sede central', 'Piscina', 'Pistas de pádel', 'Gimnasio', 'Campo de fútbol'];
const TEAMS: { name: string; members: (keyof typeof DEMO_ACCOUNTS)[] }[] = [
  { name: 'Mantenimiento', members: ['staff'] },
  { name: 'Administración', members: [] },
  { name: 'Atención al socio', members: [] },
];

// Each follows the six steps of good attention: apology, interest, commitment, solution,
// communication until the end, thanks. The bracketed line is for staff to complete.
const TEMPLATES = [
  {
    title: 'Avería o desperfecto en las instalaciones',
    bodyMd: `Hola, {member}:

Sentimos de verdad las molestias que te ha causado este problema en {branch}. No es lo que esperas del club, y tampoco lo que queremos ofrecerte.

Gracias por contárnoslo con tanto detalle: nos ayuda a saber exactamente qué ha pasado. Ya lo hemos pasado al equipo de mantenimiento.

Soy {staff} y me encargo personalmente de tu queja hasta que esté resuelta.

[Qué vamos a hacer y cuándo: por ejemplo, «el técnico lo revisa mañana a primera hora; si hace falta una pieza, te diremos aquí la fecha de la reparación».]

Te iré contando cada avance en esta misma queja, también si algo se retrasa. Si notas cualquier cambio, escríbenos aquí.

Gracias por ayudarnos a cuidar el club.`,
  },
  {
    title: 'Cobro o cuota que no cuadra',
    bodyMd: `Hola, {member}:

Lamentamos el error con tu cuota: entendemos lo desagradable que es encontrarse un cargo que no esperabas.

Queremos revisarlo a fondo. Para eso necesitamos algunos datos de tu cuenta; por favor, no los escribas aquí: te los pedimos por el canal privado de esta queja, que solo ves tú y el personal del club.

Soy {staff}, de administración, y me ocupo de tu caso desde ahora.

[Qué hemos comprobado y qué haremos: por ejemplo, «el recibo de marzo se cargó dos veces; devolvemos el importe duplicado en un plazo de 5 días hábiles».]

Te avisaremos aquí en cuanto la devolución esté hecha, y seguiremos pendientes hasta que lo veas en tu cuenta.

Gracias por avisarnos y por tu paciencia.`,
  },
  {
    title: 'Trato recibido del personal',
    bodyMd: `Hola, {member}:

Te pedimos disculpas por cómo te atendieron en {branch}. Todas las personas del club merecen un trato amable y respetuoso, y esta vez no lo recibiste.

Nos importa mucho entender bien lo ocurrido, así que ya estamos hablando con el equipo de {branch}.

Soy {staff} y voy a seguir tu queja personalmente.

[Qué medidas tomamos: por ejemplo, «hemos repasado con el equipo cómo atender las reservas y reforzamos el personal en la franja de tarde».]

Te contaremos aquí lo que vayamos haciendo hasta cerrar el tema, y nos gustaría saber después si notas el cambio.

Gracias por decírnoslo: así podemos mejorar.`,
  },
];

/** Adds the names not yet active in a list, after the entries already there. */
async function addMissing(tx: Executor, kind: ListKind, wanted: string[]): Promise<Map<string, string>> {
  const table = tableOf(kind);
  const existing = await tx.select({ id: table.id, name: table.name }).from(table).where(eq(table.archived, false));
  const idOf = new Map(existing.map((r) => [r.name.toLowerCase(), r.id]));
  const [last] = await tx.select({ position: max(table.position) }).from(table);
  const start = last?.position == null ? 0 : last.position + 1;
  const missing = wanted.filter((name) => !idOf.has(name.toLowerCase()));
  if (missing.length > 0) {
    const created = await tx
      .insert(table)
      .values(missing.map((name, i) => ({ name, position: start + i })))
      .returning({ id: table.id, name: table.name });
    for (const r of created) idOf.set(r.name.toLowerCase(), r.id);
  }
  return idOf;
}

/**
 * The demo club's complaint settings: what it files complaints about, where, who answers, and the
 * replies staff start from. Adds only what is missing, so running it again changes nothing.
 */
export async function seedComplaintSettings(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await addMissing(tx, 'category', CATEGORIES);
    await addMissing(tx, 'branch', BRANCHES);
    const teamIds = await addMissing(tx, 'team', TEAMS.map((t) => t.name));
    for (const team of TEAMS) {
      for (const account of team.members) {
        const [person] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS[account])).limit(1);
        if (person) await tx.insert(staffTeamMembers).values({ teamId: teamIds.get(team.name.toLowerCase())!, userId: person.id }).onConflictDoNothing();
      }
    }
    const titles = new Set((await tx.select({ title: responseTemplates.title }).from(responseTemplates)).map((r) => r.title));
    const [existing] = await tx.select({ n: count() }).from(responseTemplates);
    const missing = TEMPLATES.filter((t) => !titles.has(t.title));
    if (missing.length > 0) await tx.insert(responseTemplates).values(missing.map((t, i) => ({ ...t, position: (existing?.n ?? 0) + i })));
  });
}
