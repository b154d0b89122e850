/** The placeholders a response template may use, filled in when staff pick the template. */
export const TEMPLATE_VARIABLES = ['member', 'staff', 'branch'] as const;
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
