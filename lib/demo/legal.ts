import { count } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { legalAcceptances, legalDocuments } from '@/db/schema';
import { renderMarkdown } from '@/lib/markdown/render';

const TERMS_ES = `## Normas de la comunidad

1. Habla con respeto: critica el servicio, no a las personas.
2. No publiques datos personales (DNI, teléfono, cuenta bancaria); para eso está el caso privado.
3. Las quejas son públicas dentro del club, y el club responde con nombre y cargo.

El club puede ocultar lo que incumpla estas normas, siempre con un motivo y con derecho a recurso.`;

const TERMS_EN = `## Community rules

1. Speak with respect: criticise the service, not people.
2. Do not post personal data (ID number, phone, bank account); the private case is there for that.
3. Complaints are public inside the club, and the club answers by name and role.

The club may hide what breaks these rules, always with a reason and a right to appeal.`;

const PRIVACY_ES = `## Aviso de privacidad

El Club Deportivo Ribera trata tus datos para gestionar tu participación en la comunidad. Puedes pedir una copia de tus datos, su rectificación, su supresión u oponerte a un tratamiento desde **Ajustes → Mis solicitudes de privacidad**. Respondemos en un mes como máximo.`;

const PRIVACY_EN = `## Privacy notice

Club Deportivo Ribera processes your data to run your participation in the community. You may ask for a copy of your data, its rectification or erasure, or object to a processing from **Settings → My privacy requests**. We answer within one month at the latest.`;

/** Version 1 of the terms and the privacy notice, accepted by the demo accounts, so the e2e journeys start past the interstitial. */
export async function seedLegal(db: Db, userIds: string[]): Promise<void> {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(legalDocuments);
  if (n > 0) return;
  const docs = await db
    .insert(legalDocuments)
    .values([
      { kind: 'terms' as const, version: 1, bodyMdEs: TERMS_ES, bodyHtmlEs: renderMarkdown(TERMS_ES), bodyMdEn: TERMS_EN, bodyHtmlEn: renderMarkdown(TERMS_EN) },
      { kind: 'privacy' as const, version: 1, bodyMdEs: PRIVACY_ES, bodyHtmlEs: renderMarkdown(PRIVACY_ES), bodyMdEn: PRIVACY_EN, bodyHtmlEn: renderMarkdown(PRIVACY_EN) },
    ])
    .returning({ id: legalDocuments.id });
  if (userIds.length === 0) return;
  await db
    .insert(legalAcceptances)
    .values(userIds.flatMap((userId) => docs.map((d) => ({ userId, documentId: d.id }))))
    .onConflictDoNothing();
}
