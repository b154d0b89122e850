import { count, eq, max } from 'drizzle-orm';
import type { Db, Executor } from '@/db/client';
import { responseTemplates, staffTeamMembers, users } from '@/db/schema';
import { type ListKind, tableOf } from '@/lib/complaints/settings/lists';
import { DEMO_ACCOUNTS } from './accounts';

import type { DemoProfile, DemoEntry as Entry } from './profile';

export const CATEGORIES: Entry[] = [
  { name: 'Instalaciones', nameEn: 'Facilities' },
  { name: 'Cuotas y pagos', nameEn: 'Fees and payments' },
  { name: 'Atención del personal', nameEn: 'Staff attention' },
  { name: 'Actividades y horarios', nameEn: 'Activities and timetables' },
  { name: 'Web y app', nameEn: 'Website and app' },
];
export const BRANCHES: Entry[] = [
  { name: 'Sede central', nameEn: 'Head office' },
  { name: 'Piscina', nameEn: 'Swimming pool' },
  { name: 'Pistas de pádel', nameEn: 'Padel courts' },
  { name: 'Gimnasio', nameEn: 'Gym' },
  { name: 'Campo de fútbol', nameEn: 'Football pitch' },
];
export const TEAMS: { name: string; members: string[] }[] = [
  { name: 'Mantenimiento', members: [DEMO_ACCOUNTS.staff] },
  { name: 'Administración', members: [] },
  { name: 'Atención al socio', members: [] },
];

// Each follows the six steps of good attention: apology, interest, commitment, solution,
// communication until the end, thanks. The signer is a variable, never a name written in; the part
// between [[ ]] is what only the person answering knows, and the reply form refuses to publish it as is.
const TEMPLATES = [
  {
    title: 'Avería o desperfecto en las instalaciones',
    titleEn: 'Breakdown or damage in the facilities',
    bodyMd: `Hola, {member}:

Sentimos de verdad las molestias que te ha causado este problema en {branch}. No es lo que esperas del club, y tampoco lo que queremos ofrecerte.

Gracias por contárnoslo con tanto detalle: nos ayuda a saber exactamente qué ha pasado.

Me encargo personalmente de tu queja hasta que esté resuelta.

[[Qué vamos a hacer y cuándo, por ejemplo: «el técnico lo revisa mañana a primera hora; si hace falta una pieza, te diremos aquí la fecha de la reparación».]]

Te iré contando cada avance en esta misma queja, también si algo se retrasa. Si notas cualquier cambio, escríbenos aquí.

Gracias por ayudarnos a cuidar el club.

{staff}
{staff_title}`,
    bodyMdEn: `Hello {member},

We are truly sorry for the trouble this problem at {branch} has caused you. It is not what you expect from the club, nor what we want to offer you.

Thank you for telling us in such detail: it helps us know exactly what happened.

I am personally taking care of your complaint until it is resolved.

[[What we will do and when, for example: "the technician checks it first thing tomorrow; if a part is needed, we will tell you the repair date here".]]

I will keep you posted on every step in this complaint, including any delay. If you notice any change, write to us here.

Thank you for helping us look after the club.

{staff}
{staff_title}`,
  },
  {
    title: 'Cobro o cuota que no cuadra',
    titleEn: 'A charge or fee that does not add up',
    bodyMd: `Hola, {member}:

Lamentamos el error con tu cuota: entendemos lo desagradable que es encontrarse un cargo que no esperabas.

Queremos revisarlo a fondo. Para eso necesitamos algunos datos de tu cuenta; por favor, no los escribas aquí: te los pedimos por el canal privado de esta queja, que solo ves tú y el personal del club.

Me ocupo de tu caso desde ahora.

[[Qué hemos comprobado y qué haremos, por ejemplo: «el recibo de marzo se cargó dos veces; devolvemos el importe duplicado en un plazo de 5 días hábiles».]]

Te avisaremos aquí en cuanto esté resuelto, y seguiremos pendientes hasta que lo veas en tu cuenta.

Gracias por avisarnos y por tu paciencia.

{staff}
{staff_title}`,
    bodyMdEn: `Hello {member},

We are sorry about the mistake with your fee: we understand how unpleasant it is to find a charge you did not expect.

We want to look into it thoroughly. For that we need some details of your account; please do not write them here: we will ask for them in this complaint's private channel, which only you and the club's staff can see.

I am handling your case from now on.

[[What we checked and what we will do, for example: "the March fee was charged twice; we are refunding the duplicate within 5 working days".]]

We will let you know here as soon as it is sorted out, and we will keep an eye on it until you see it in your account.

Thank you for telling us and for your patience.

{staff}
{staff_title}`,
  },
  {
    title: 'Trato recibido del personal',
    titleEn: 'How a member of staff treated you',
    bodyMd: `Hola, {member}:

Te pedimos disculpas por cómo te atendieron en {branch}. Todas las personas del club merecen un trato amable y respetuoso, y esta vez no lo recibiste.

Nos importa mucho entender bien lo ocurrido, así que ya estamos hablando con el equipo de {branch}.

Voy a seguir tu queja personalmente.

[[Qué medidas tomamos, por ejemplo: «hemos repasado con el equipo cómo atender las reservas y reforzamos el personal en la franja de tarde».]]

Te contaremos aquí lo que vayamos haciendo hasta cerrar el tema, y nos gustaría saber después si notas el cambio.

Gracias por decírnoslo: así podemos mejorar.

{staff}
{staff_title}`,
    bodyMdEn: `Hello {member},

We apologise for how you were treated at {branch}. Everyone at the club deserves kind and respectful treatment, and this time you did not get it.

It matters to us to understand what happened, so we are already talking to the team at {branch}.

I will follow your complaint personally.

[[What we are doing about it, for example: "we went over bookings with the team and added staff for the afternoon shift".]]

We will tell you here what we do until the matter is closed, and afterwards we would like to know whether you notice the change.

Thank you for telling us: it helps us improve.

{staff}
{staff_title}`,
  },
];

/** Adds the names not yet active in a list, after the entries already there. */
async function addMissing(tx: Executor, kind: ListKind, wanted: Entry[]): Promise<Map<string, string>> {
  const table = tableOf(kind);
  const existing = await tx.select({ id: table.id, name: table.name }).from(table).where(eq(table.archived, false));
  const idOf = new Map(existing.map((r) => [r.name.toLowerCase(), r.id]));
  const [last] = await tx.select({ position: max(table.position) }).from(table);
  const start = last?.position == null ? 0 : last.position + 1;
  const missing = wanted.filter(({ name }) => !idOf.has(name.toLowerCase()));
  if (missing.length > 0) {
    const created = await tx
      .insert(table)
      .values(missing.map((entry, i) => ({ ...entry, position: start + i })))
      .returning({ id: table.id, name: table.name });
    for (const r of created) idOf.set(r.name.toLowerCase(), r.id);
  }
  return idOf;
}

/**
 * The demo club's complaint settings: what it files complaints about, where, who answers, and the
 * replies staff start from. Adds only what is missing, so running it again changes nothing.
 */
export async function seedComplaintSettings(db: Db, lists: DemoProfile['complaintLists'] = { categories: CATEGORIES, branches: BRANCHES, teams: TEAMS }): Promise<void> {
  await db.transaction(async (tx) => {
    await addMissing(tx, 'category', lists.categories);
    await addMissing(tx, 'branch', lists.branches);
    const teamIds = await addMissing(tx, 'team', lists.teams.map((t) => ({ name: t.name })));
    for (const team of lists.teams) {
      for (const account of team.members) {
        const [person] = await tx.select({ id: users.id }).from(users).where(eq(users.email, account)).limit(1);
        if (person) await tx.insert(staffTeamMembers).values({ teamId: teamIds.get(team.name.toLowerCase())!, userId: person.id }).onConflictDoNothing();
      }
    }
    const titles = new Set((await tx.select({ title: responseTemplates.title }).from(responseTemplates)).map((r) => r.title));
    const [existing] = await tx.select({ n: count() }).from(responseTemplates);
    const missing = TEMPLATES.filter((t) => !titles.has(t.title));
    if (missing.length > 0) await tx.insert(responseTemplates).values(missing.map((t, i) => ({ ...t, position: (existing?.n ?? 0) + i })));
  });
}
