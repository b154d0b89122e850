import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { communitySettings, groupMembers, groups, pollOptions, polls, pollVotes, postReactions, posts, threads, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { renderMarkdown } from '@/lib/markdown/render';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { BRANCHES, CATEGORIES, seedComplaintSettings, TEAMS } from './complaint-settings';
import { seedDemoComplaints, STORIES } from './complaints';
import type { DemoProfile, DemoThread } from './profile';
import { RETAILER, RETAILER_ACCOUNTS } from './retailer';
import { seedLegal } from './legal';

const STAFF = [
  { email: DEMO_ACCOUNTS.manager, displayName: 'Marta Ibáñez', role: 'manager', staffTitle: 'Directora de comunidad' },
  { email: DEMO_ACCOUNTS.staff, displayName: 'Laura Gómez', role: 'staff', staffTitle: 'Atención al socio' },
  { email: DEMO_ACCOUNTS.staff2, displayName: 'Jorge Martín', role: 'staff', staffTitle: 'Sección de fútbol' },
] as const;

const MEMBER_NAMES = [
  'Ana Ruiz', 'Carlos Navarro', 'Lucía Fernández', 'Javier Moreno', 'Elena Torres', 'Pablo Jiménez',
  'Sara Castillo', 'Diego Romero', 'Carmen Ortega', 'Miguel Delgado', 'Paula Herrera', 'Álvaro Vidal',
  'Marina Cano', 'Sergio Prieto', 'Nuria Molina', 'Raúl Serrano', 'Irene Blanco', 'Hugo Suárez',
  'Cristina Méndez', 'Adrián Peña', 'Beatriz León', 'Iván Marín', 'Laia Pons', 'Óscar Rubio',
  'Rocío Gil', 'Andrés Santos', 'Teresa Vega', 'Mario Lozano', 'Alba Guerrero', 'Daniel Campos',
];

const GROUPS = [
  { slug: 'futbol', name: 'Fútbol', visibility: 'open', description: 'Equipos, convocatorias y resultados de la sección de fútbol.', descriptionEn: 'Teams, call-ups and results of the football section.' },
  { slug: 'gimnasio', name: 'Gimnasio', visibility: 'open', description: 'Rutinas, horarios de sala y clases dirigidas.', descriptionEn: 'Workouts, gym hours and group classes.' },
  { slug: 'torneos', name: 'Torneos', visibility: 'request', description: 'Inscripciones y cuadros de los torneos del club.', descriptionEn: 'Entries and draws for the club tournaments.' },
  { slug: 'sociedad', name: 'Sociedad', visibility: 'private', description: 'La sociedad recreativa: cenas, asambleas y reservas del local.', descriptionEn: 'The social society: dinners, meetings and bookings of the clubhouse.' },
] as const;

const THREADS: Record<string, DemoThread[]> = {
  futbol: [
    {
      title: 'Convocatoria veteranos: sábado a las 10:00',
      poll: { question: '¿Quién viene el sábado?', options: ['Voy seguro', 'Puede que vaya', 'No puedo'] },
      posts: [
        'Hola a todos. El sábado jugamos contra **CD Almenara** en el campo 2. Quedamos a las **9:30** en el vestuario.',
        '¡Allí estaré! ¿Alguien puede traer las petos naranjas?',
        'Yo los llevo. Nos vemos el sábado.',
      ],
    },
    {
      title: '¿Cambiamos el césped del campo 1?',
      posts: ['El campo 1 está muy desgastado en las áreas. ¿Sabéis si el club tiene previsto cambiarlo esta temporada?', 'Lo pregunté en secretaría y están pidiendo presupuestos.'],
    },
  ],
  gimnasio: [
    {
      title: 'Rutina de fuerza para principiantes',
      posts: ['Comparto la rutina que me preparó el monitor:\n\n- Sentadilla 3×10\n- Press banca 3×10\n- Remo 3×12\n\n¿Qué añadiríais?', 'Yo añadiría plancha al final, 3 series de 40 segundos.'],
    },
    { title: 'Horario de la sala en Navidad', posts: ['¿Alguien sabe si la sala abre el 24 por la tarde?'] },
  ],
  torneos: [{ title: 'Torneo de pádel de primavera: inscripciones abiertas', posts: ['Las parejas pueden inscribirse hasta el 15 de marzo. Cuadro por niveles.'] }],
  sociedad: [{ title: 'Cena de fin de temporada', posts: ['Proponemos el viernes 20 en el local de la sociedad. ¿Menú de siempre o probamos algo nuevo?'] }],
};

// As a roster would say: members joined over the last fifteen years; Teresa Vega, the long-standing
// member at risk of the demo (lib/demo/complaints.ts), nineteen years ago.
export const LONG_TENURED = 'Teresa Vega';

/** The sports club, the first demo: `npm start` builds it on an empty database. */
export const CLUB: DemoProfile = {
  kind: 'club',
  settings: {
    name: 'Club Deportivo Ribera',
    welcomeText: 'Bienvenido a la comunidad del Club Deportivo Ribera: habla con otros socios y con el club, y cuéntanos lo que podemos mejorar.',
    welcomeTextEn: 'Welcome to the Club Deportivo Ribera community: talk to other members and to the club, and tell us what we can do better.',
    primaryColor: '#0f5c8c',
    accentColor: '#c2410c',
    defaultLocale: 'es',
    askMembershipNumber: true,
  },
  staff: STAFF,
  memberEmail: { name: 'Ana Ruiz', email: DEMO_ACCOUNTS.member },
  emailDomain: 'clubribera.test',
  numberPrefix: 'R-',
  memberNames: MEMBER_NAMES,
  longTenured: { name: LONG_TENURED, since: new Date('2007-09-15T00:00:00Z') },
  groups: GROUPS,
  threads: THREADS,
  complaintLists: { categories: CATEGORIES, branches: BRANCHES, teams: TEAMS },
  staffNames: ['Laura Gómez', 'Jorge Martín'],
  stories: STORIES,
};

export const DEMOS = { club: CLUB, retailer: RETAILER } as const;
export type DemoKind = keyof typeof DEMOS;

function memberSinceOf(profile: DemoProfile, name: string, i: number): Date {
  if (name === profile.longTenured.name) return profile.longTenured.since;
  return new Date(Date.UTC(2011 + ((i * 5) % 15), i % 12, 1));
}

function emailFor(profile: DemoProfile, name: string): string {
  if (name === profile.memberEmail.name) return profile.memberEmail.email;
  const slug = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
  return `${slug}@${profile.emailDomain}`;
}

export async function databaseIsEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Whether the demo logins exist here: the start banner lists them only then. */
export async function hasDemoAccounts(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users).where(inArray(users.email, [DEMO_ACCOUNTS.member, RETAILER_ACCOUNTS.member]));
  return (row?.n ?? 0) > 0;
}

/**
 * A demo community: the club "Club Deportivo Ribera" (default) or the shop chain "MóvilPlaza"
 * (`profile: RETAILER`). Never runs on a database that already has members unless forced; forced, it
 * adds only what is missing, so running it twice changes nothing. `complaints: false` leaves the board
 * empty for a loader that brings its own (the scale seed).
 */
export async function seedDemo(db: Db, { force = false, complaints = true, profile = CLUB }: { force?: boolean; complaints?: boolean; profile?: DemoProfile } = {}): Promise<{ seeded: boolean }> {
  if (!force && !(await databaseIsEmpty(db))) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let seededIds: string[] = [];

  await db.transaction(async (tx) => {
    await tx
      .insert(communitySettings)
      .values({ id: 1, ...profile.settings })
      .onConflictDoNothing();

    const people = [
      ...profile.staff.map((s) => ({ ...s, membershipNumber: null, memberSince: null })),
      ...profile.memberNames.map((displayName, i) => ({
        email: emailFor(profile, displayName),
        displayName,
        role: 'member' as const,
        staffTitle: null,
        membershipNumber: `${profile.numberPrefix}${String(1040 + i * 37).padStart(5, '0')}`,
        memberSince: memberSinceOf(profile, displayName, i),
      })),
    ];
    await tx
      .insert(users)
      .values(people.map((p) => ({ ...p, passwordHash, locale: 'es' as const })))
      .onConflictDoNothing();
    const everyone = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, people.map((p) => p.email)));
    const idOf = new Map(everyone.map((u) => [u.email, u.id]));
    const memberIds = people.map((p) => idOf.get(p.email)!);
    seededIds = memberIds;

    const manager = profile.staff.find((s) => s.role === 'manager')!.email;
    for (const [gi, g] of profile.groups.entries()) {
      const [created] = await tx.insert(groups).values({ ...g, createdBy: idOf.get(manager) }).onConflictDoNothing().returning();
      if (!created) continue;
      // Staff moderate every group; members are spread across groups deterministically.
      const staffCount = profile.staff.length;
      const demoMember = staffCount;
      const inGroup = memberIds.filter((_, i) => i < staffCount || (i === demoMember ? g.visibility !== 'private' : (i + gi) % (gi + 2) === 0));
      await tx.insert(groupMembers).values(
        inGroup.map((userId, i) => ({ groupId: created.id, userId, role: i === 0 ? ('owner' as const) : i < staffCount ? ('moderator' as const) : ('member' as const) })),
      );
      let threadCount = 0;
      for (const [ti, th] of (profile.threads[g.slug] ?? []).entries()) {
        const started = new Date(Date.now() - (ti + 1) * 86_400_000 * (gi + 1));
        const authorOf = (pi: number) => inGroup[(pi * 3 + ti + 1) % inGroup.length]!;
        const [thread] = await tx
          .insert(threads)
          .values({ groupId: created.id, authorId: authorOf(0), title: th.title, replyCount: th.posts.length - 1, createdAt: started, lastPostAt: new Date(started.getTime() + (th.posts.length - 1) * 3_600_000) })
          .returning();
        const written = await tx
          .insert(posts)
          .values(
            th.posts.map((body, pi) => ({
              threadId: thread!.id,
              authorId: authorOf(pi),
              bodyMd: body,
              bodyHtml: renderMarkdown(body),
              createdAt: new Date(started.getTime() + pi * 3_600_000),
            })),
          )
          .returning({ id: posts.id, authorId: posts.authorId });
        // A conversation people have already reacted to, and (where there is one) a poll with votes.
        const fans = inGroup.filter((id) => id !== written[0]!.authorId).slice(0, 3);
        await tx.insert(postReactions).values(fans.map((userId, i) => ({ postId: written[0]!.id, userId, reaction: i === 2 ? ('clap' as const) : ('thumbs_up' as const) })));
        if (th.poll) {
          const [poll] = await tx.insert(polls).values({ threadId: thread!.id, question: th.poll.question }).returning();
          const options = await tx
            .insert(pollOptions)
            .values(th.poll.options.map((label, position) => ({ pollId: poll!.id, label, position, voteCount: position === 0 ? fans.length : 0 })))
            .returning();
          await tx.insert(pollVotes).values(fans.map((userId) => ({ pollId: poll!.id, optionId: options[0]!.id, userId })));
        }
        threadCount++;
      }
      await tx.update(groups).set({ memberCount: inGroup.length, threadCount }).where(eq(groups.id, created.id));
    }
  });
  await seedLegal(db, seededIds);
  await seedComplaintSettings(db, profile.complaintLists);
  if (complaints) await seedDemoComplaints(db, profile.stories, profile.staffNames);
  return { seeded: true };
}
