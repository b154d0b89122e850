import { describe, expect, it } from 'vitest';
import { ACCOUNTS, baseURL, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';

const people = browsers();

/** What an integrator's `curl -H "Authorization: Bearer …" …/api/v1/complaints` does. */
const curl = (token: string, path: string) => fetch(`${baseURL()}/api/v1/${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });

describe('integrations', () => {
  it('a manager creates a token, copies it, another system lists complaints with it, and a revoke stops it', async () => {
    const manager = await people.open('manager');
    await manager.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
    await signIn(manager, ACCOUNTS.manager);
    await visit(manager, '/admin');
    await main(manager).getByRole('link', { name: 'Integraciones' }).click();
    await manager.waitForURL(/\/admin\/integrations$/);
    expect(await heading(manager)).toBe('Integraciones');
    await expectAccessible(manager, 'integrations');

    // No scope ticked: refused next to the field, and the name typed stays.
    const name = `CRM ${Date.now()}`;
    await main(manager).getByLabel('Nombre', { exact: true }).fill(name);
    await main(manager).getByRole('button', { name: 'Crear token' }).click();
    await manager.locator('#token-scopes-error').waitFor();
    expect(await manager.locator('#token-scopes-error').textContent()).toBe('Marca al menos un ámbito.');
    expect(await main(manager).getByLabel('Nombre', { exact: true }).inputValue()).toBe(name);
    await expectAccessible(manager, 'integrations (error)');

    await main(manager).getByRole('checkbox', { name: /complaints:read/ }).check();
    await main(manager).getByRole('button', { name: 'Crear token' }).click();
    const shown = manager.getByTestId('api-token');
    await shown.waitFor();
    const token = (await shown.textContent())!.trim();
    expect(token).toMatch(/^trt_/);
    await main(manager).getByRole('button', { name: 'Copiar token' }).click();
    await main(manager).getByRole('button', { name: 'Copiado' }).waitFor();
    expect(await manager.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await expectAccessible(manager, 'integrations (token shown)');

    const listed = await curl(token, 'complaints');
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await listed.json()) as { data: { number: number; title: string }[] };
    expect(body.data.length).toBeGreaterThan(0);
    expect((await curl(token, 'members')).status).toBe(403);

    // The list shows the token with its last use, never its secret.
    await manager.reload();
    const row = manager.getByTestId('api-token-row').filter({ hasText: name });
    expect(await row.textContent()).not.toContain(token);
    expect(await row.textContent()).not.toContain('Nunca');
    await row.getByRole('button', { name: `Revocar «${name}»` }).click();
    // The row says so at once (the page is rendered again), and the token's next request is refused.
    await row.getByText('Revocado', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: `Revocar «${name}»` }).count()).toBe(0);
    expect((await curl(token, 'complaints')).status).toBe(401);
    await expectAccessible(manager, 'integrations (revoked)');
  });

  it('the page works on a phone, and the API reference renders under the nonce CSP', async () => {
    const phone = await people.open('manager', { viewport: 'phone' });
    await signIn(phone, ACCOUNTS.manager);
    await visit(phone, '/admin/integrations');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const reader = await people.open('visitor');
    const refused: string[] = [];
    reader.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    const response = await reader.goto(`${baseURL()}/developers`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
    await reader.getByText('List complaints').first().waitFor({ timeout: 30_000 });
    expect(await reader.getByRole('heading', { level: 1 }).first().textContent()).toBe('API REST de Tertulia');
    expect(refused.filter((m) => /script/i.test(m))).toEqual([]);
    await expectAccessible(reader, 'developers');
    const doc = await fetch(`${baseURL()}/api/v1/openapi.json`);
    expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});
