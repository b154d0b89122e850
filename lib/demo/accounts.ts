/** Demo logins, listed in the README. */
export const DEMO_PASSWORD = 'ribera-demo-2026';
export const DEMO_ACCOUNTS = {
  manager: 'direccion@clubribera.test',
  staff: 'laura@clubribera.test',
  staff2: 'jorge@clubribera.test',
  member: 'ana@clubribera.test',
} as const;
