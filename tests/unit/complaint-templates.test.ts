import { describe, expect, it } from 'vitest';
import { addressTemplates, fillTemplate, TEMPLATE_VARIABLES, templateGaps } from '@/lib/complaints/templates';

const people = { member: 'Ana Ruiz', staff: 'Laura Gómez', branch: 'Piscina' };

describe('fillTemplate', () => {
  it('offers exactly the member, signer (name and title) and branch placeholders', () => {
    expect(TEMPLATE_VARIABLES).toEqual(['member', 'staff', 'staff_title', 'branch']);
  });

  it('fills every occurrence of each placeholder', () => {
    const body = 'Hola, {member}. Soy {staff}. Revisamos {branch} hoy y {branch} mañana.\n\n— {staff}';
    expect(fillTemplate(body, people)).toBe('Hola, Ana Ruiz. Soy Laura Gómez. Revisamos Piscina hoy y Piscina mañana.\n\n— Laura Gómez');
  });

  it('leaves unknown placeholders, near misses and braces alone', () => {
    const body = '{member} {Member} { member } {socio} {{branch}} {} {staff';
    expect(fillTemplate(body, people)).toBe('Ana Ruiz {Member} { member } {socio} {Piscina} {} {staff');
  });

  it('keeps the placeholder of a value that was not given', () => {
    expect(fillTemplate('{member}, {branch}', { member: 'Ana' })).toBe('Ana, {branch}');
  });

  it('copies values literally: no replacement patterns, no second pass, no escaping', () => {
    const odd = { member: '$& $1 $$', staff: '{branch}', branch: '<b>Sede & "central"</b> **sí**' };
    expect(fillTemplate('{member} | {staff} | {branch}', odd)).toBe('$& $1 $$ | {branch} | <b>Sede & "central"</b> **sí**');
  });

  it('returns a body without placeholders unchanged', () => {
    const body = 'Gracias por escribirnos. Lo revisamos hoy.';
    expect(fillTemplate(body, people)).toBe(body);
  });
});

describe('templateGaps', () => {
  it('finds every part marked for staff to write, across lines, and nothing in ordinary brackets', () => {
    expect(templateGaps('Hola.\n\n[[Qué hemos\ncomprobado]]\n\n[enlace](https://x.test) [[otra]]')).toEqual(['[[Qué hemos\ncomprobado]]', '[[otra]]']);
    expect(templateGaps('Devolvemos el importe [el día 3] en 5 días.')).toEqual([]);
  });
});

describe('addressTemplates', () => {
  const both = { title: 'Avería', bodyMd: 'Hola, {member}.', titleEn: 'Breakdown', bodyMdEn: 'Hello {member}.' };
  const spanishOnly = { title: 'Cobro', bodyMd: 'Hola, {member}: lo miramos.', titleEn: '', bodyMdEn: '' };
  it('offers an English member the English version, whole, and the Spanish where none was written', () => {
    expect(addressTemplates([both, spanishOnly], 'en', { member: 'Ann' })).toEqual([
      { label: 'Breakdown', body: 'Hello Ann.' },
      { label: 'Cobro', body: 'Hola, Ann: lo miramos.' },
    ]);
    expect(addressTemplates([both], 'es', { member: 'Ana' })).toEqual([{ label: 'Avería', body: 'Hola, Ana.' }]);
  });
});
