/**
 * The placeholders a response template may use, filled in when staff pick the template: the member, the
 * signer (name and staff title, so a template never names someone else) and the branch.
 */
export const TEMPLATE_VARIABLES = ['member', 'staff', 'staff_title', 'branch'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const PLACEHOLDER = new RegExp(`\\{(${TEMPLATE_VARIABLES.join('|')})\\}`, 'g');

/**
 * Puts the member's, the staff member's and the branch's names into a template body. One pass, so a
 * name that itself looks like "{staff}" is not filled again; a value left out keeps its placeholder,
 * and unknown {words} stay as written. Values are plain text: the Markdown renderer sanitizes later.
 */
export function fillTemplate(body: string, values: Partial<Record<TemplateVariable, string>>): string {
  // A function replacement, so "$&" or "$1" inside a name is copied literally.
  return body.replace(PLACEHOLDER, (whole, name: TemplateVariable) => values[name] ?? whole);
}

/** How a template marks what staff must write themselves: `[[what we checked and will do]]`. */
export const GAP_OPEN = '[[';
export const GAP_CLOSE = ']]';
const GAP = /\[\[[\s\S]*?\]\]/g;

/** The parts of a reply still marked as the template's to-do: such a reply must not be published. */
export function templateGaps(body: string): string[] {
  return body.match(GAP) ?? [];
}

export interface BilingualTemplate {
  title: string;
  bodyMd: string;
  titleEn: string;
  bodyMdEn: string;
}

/**
 * The templates as staff insert them for one member: in the language the member reads (an English
 * version is used whole, title and text, or not at all) and filled in with the names.
 */
export function addressTemplates(templates: readonly BilingualTemplate[], reads: string, names: Partial<Record<TemplateVariable, string>>): { label: string; body: string }[] {
  return templates.map((tpl) => {
    const english = reads === 'en' && tpl.bodyMdEn.trim() !== '';
    return { label: english ? tpl.titleEn || tpl.title : tpl.title, body: fillTemplate(english ? tpl.bodyMdEn : tpl.bodyMd, names) };
  });
}
