import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/policy';
import { type People, say, type Story } from './story';
import { decideAsAuthor } from '@/lib/complaints/author-decision';
import { fileComplaint } from '@/lib/complaints/file';
import { setMeToo } from '@/lib/complaints/me-too';
import { rateComplaint } from '@/lib/complaints/rate';
import { setComplaintStatus } from '@/lib/complaints/set-status';
import type { Db } from '@/db/client';
import { complaintBranches, complaintCategories, complaintEvents, complaintRatings, complaints, notifications, users } from '@/db/schema';

// A few complaints in every state, answered by name, so the board, the inbox and the figures have a story to tell.
export const STORIES: Story[] = [
  {
    author: 'Ana Ruiz',
    title: 'Las duchas del vestuario de la piscina salen frías',
    body: 'Desde el lunes el agua de las duchas del vestuario femenino de la piscina sale fría a partir de las 19:00. Con el frío que hace es imposible ducharse después de nadar.',
    category: 'Instalaciones',
    branch: 'Piscina',
    daysAgo: 12,
    meToo: ['Lucía Fernández', 'Sara Castillo'],
    steps: [
      say(3, 'Laura Gómez', 'official_reply', 'Sentimos mucho las molestias, Ana. Gracias por avisar: hoy mismo pasa el técnico de mantenimiento a revisar la caldera y te contamos qué encuentra.'),
      say(50, 'Laura Gómez', 'propose_solution', 'El técnico ha cambiado la válvula mezcladora de la caldera. Desde esta mañana el agua sale a 38 °C durante todo el horario. ¿Nos confirmas que ya está bien?'),
      { after: 7, run: (c, p) => decideAsAuthor({ actor: p('Ana Ruiz'), input: { complaintId: c.id, decision: 'accept_solution', idempotencyKey: randomUUID() } }) },
      { after: 1, run: (c, p) => rateComplaint({ actor: p('Ana Ruiz'), input: { complaintId: c.id, solved: true, rating: 5, wouldStay: true, comment: 'Rápidos y amables.' } }) },
    ],
  },
  {
    author: 'Pablo Jiménez',
    title: 'Han cambiado el horario de nado libre sin avisar',
    body: 'El nado libre de los martes pasó de las 20:00 a las 21:30 sin ningún aviso. Muchos socios nos encontramos la calle ocupada por los cursillos.',
    category: 'Actividades y horarios',
    branch: 'Piscina',
    daysAgo: 9,
    steps: [
      say(6, 'Laura Gómez', 'official_reply', 'Tienes razón, Pablo: el cambio se publicó tarde y lo sentimos. El horario nuevo se mantiene por los cursillos de invierno, pero a partir de ahora avisaremos con dos semanas.'),
      { after: 1, run: (c, p) => setComplaintStatus({ actor: p('Laura Gómez'), input: { complaintId: c.id, action: 'close', reason: 'not_actionable', idempotencyKey: randomUUID() } }) },
      { after: 30, run: (c, p) => rateComplaint({ actor: p('Pablo Jiménez'), input: { complaintId: c.id, solved: false, rating: 2, wouldStay: true } }) },
    ],
  },
  {
    author: 'Carlos Navarro',
    title: 'Me han cobrado dos veces la cuota de octubre',
    body: 'En el extracto del banco aparecen dos cargos de la cuota de octubre con dos días de diferencia. Necesito que me devolváis uno.',
    category: 'Cuotas y pagos',
    branch: 'Sede central',
    daysAgo: 5,
    steps: [
      say(5, 'Laura Gómez', 'official_reply', 'Lo sentimos, Carlos. Ya hemos visto el cargo duplicado en la remesa de octubre; administración lo está tramitando y te escribimos en el caso privado para confirmar la cuenta.'),
      say(48, 'Laura Gómez', 'progress_update', 'La devolución está emitida; llegará a tu cuenta en 3 a 5 días hábiles.'),
    ],
  },
  {
    author: 'Elena Torres',
    title: 'Los focos del campo 2 se apagan antes de acabar el entrenamiento',
    body: 'Los martes y jueves los focos del campo 2 se apagan a las 21:45 y el entrenamiento del infantil acaba a las 22:00. Los niños terminan a oscuras.',
    category: 'Instalaciones',
    branch: 'Campo de fútbol',
    daysAgo: 4,
    meToo: ['Javier Moreno', 'Diego Romero', 'Miguel Delgado'],
    steps: [
      say(20, 'Jorge Martín', 'official_reply', 'Gracias, Elena, y perdón por el susto con los niños. El temporizador está mal programado: lo revisamos esta semana.'),
      say(26, 'Jorge Martín', 'propose_solution', 'Hemos reprogramado el temporizador hasta las 22:30 los días de entrenamiento. ¿Lo confirmas el próximo martes?'),
    ],
  },
  {
    author: 'Javier Moreno',
    title: 'No hay monitor en la sala de musculación por las tardes',
    body: 'Entre las 17:00 y las 19:00 la sala de musculación se queda sin monitor casi todos los días. Hay gente nueva que no sabe usar las máquinas.',
    category: 'Atención del personal',
    branch: 'Gimnasio',
    daysAgo: 2,
    meToo: ['Pablo Jiménez'],
    steps: [say(9, 'Laura Gómez', 'official_reply', 'Gracias por contarlo, Javier. Estamos reorganizando los turnos de monitores y te informamos aquí en cuanto esté.')],
  },
  {
    author: 'Lucía Fernández',
    title: 'La web no deja reservar pista de pádel desde el móvil',
    body: 'Desde el móvil, al elegir la hora, el botón de «Reservar» no hace nada. Desde el ordenador sí funciona. Me pasa con Android y con iPhone.',
    category: 'Web y app',
    branch: 'Pistas de pádel',
    daysAgo: 3,
    meToo: ['Ana Ruiz', 'Carlos Navarro', 'Elena Torres', 'Sergio Prieto'],
    steps: [],
  },
  // A member of nineteen years whose complaint nobody has answered: the first SLA sweep breaches it,
  // she becomes a member at high risk and the managers are told (lib/at-risk).
  {
    author: 'Teresa Vega',
    title: 'La puerta del aparcamiento de socios lleva una semana sin abrir con la tarjeta',
    body: 'Desde el martes pasado la barrera del aparcamiento de socios no reconoce la tarjeta y tengo que aparcar en la calle. Soy socia desde 2007 y nunca había pasado tanto tiempo sin arreglarse.',
    category: 'Instalaciones',
    branch: 'Sede central',
    daysAgo: 3,
    steps: [],
  },
];

/** Moves a complaint's whole story so far back in time, keeping every interval as it happened. */
async function backdate(db: Db, complaintId: string, hours: number) {
  const shift = sql`make_interval(hours => ${hours})`;
  await db
    .update(complaints)
    .set({
      createdAt: sql`${complaints.createdAt} - ${shift}`,
      firstResponseAt: sql`${complaints.firstResponseAt} - ${shift}`,
      lastStaffUpdateAt: sql`${complaints.lastStaffUpdateAt} - ${shift}`,
      solutionProposedAt: sql`${complaints.solutionProposedAt} - ${shift}`,
      resolvedAt: sql`${complaints.resolvedAt} - ${shift}`,
      closedAt: sql`${complaints.closedAt} - ${shift}`,
      nextDueAt: sql`${complaints.nextDueAt} - ${shift}`,
      resolutionDueAt: sql`${complaints.resolutionDueAt} - ${shift}`,
    })
    .where(eq(complaints.id, complaintId));
  await db.update(complaintEvents).set({ createdAt: sql`${complaintEvents.createdAt} - ${shift}` }).where(eq(complaintEvents.complaintId, complaintId));
  await db.update(complaintRatings).set({ createdAt: sql`${complaintRatings.createdAt} - ${shift}` }).where(eq(complaintRatings.complaintId, complaintId));
  // What people were told moves with what it told them, so the bell lists it on the day it happened.
  await db
    .update(notifications)
    .set({ createdAt: sql`${notifications.createdAt} - ${shift}`, readAt: sql`${notifications.readAt} - ${shift}` })
    .where(eq(notifications.complaintId, complaintId));
}

/** Demo complaints, filed and answered through the same verbs as the app, then moved back in time. */
export async function seedDemoComplaints(db: Db, stories: Story[] = STORIES, staffNames = ['Laura Gómez', 'Jorge Martín']): Promise<void> {
  const names = [...new Set(stories.flatMap((s) => [s.author, ...(s.meToo ?? [])]).concat(staffNames))];
  const rows = await db.select().from(users).where(inArray(users.displayName, names));
  const byName = new Map(rows.map((u) => [u.displayName, { id: u.id, role: u.role, status: u.status, statusUntil: u.statusUntil, statusReason: u.statusReason } satisfies Actor]));
  const people: People = (name) => byName.get(name)!;
  const [categories, branches] = await Promise.all([db.select().from(complaintCategories), db.select().from(complaintBranches)]);
  const find = (list: { id: string; name: string }[], name: string) => list.find((x) => x.name === name)?.id;
  for (const story of stories) {
    const categoryId = find(categories, story.category);
    const branchId = find(branches, story.branch);
    if (!categoryId || !branchId) continue;
    const c = await fileComplaint({ actor: people(story.author), input: { title: story.title, body: story.body, categoryId, branchId, idempotencyKey: randomUUID() } });
    for (const name of story.meToo ?? []) await setMeToo({ actor: people(name), input: { complaintId: c.id, on: true } });
    // Each step runs "now" after the story so far was moved back by its gap; the rest of the way at the end.
    for (const step of story.steps) {
      await backdate(db, c.id, step.after);
      await step.run(c, people);
    }
    await backdate(db, c.id, story.daysAgo * 24 - story.steps.reduce((sum, step) => sum + step.after, 0));
  }
}

