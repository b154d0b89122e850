import { describe, expect, it } from 'vitest';
import { ACCOUNTS, browsers, expectAccessible, heading, main, signIn, visit } from './support/app';

const people = browsers();

describe('reading and writing', () => {
  it('writes with the toolbar, previews as it will be stored, pastes an image, and opens the author’s profile', async () => {
    const ana = await people.open('ana', { viewport: 'phone' });
    await signIn(ana, ACCOUNTS.member);
    await visit(ana, '/groups/futbol/new');
    const title = `Crónica ${Date.now()}`;
    await ana.locator('#field-title').fill(title);

    // Select a word and make it bold with the keyboard shortcut, then a list line from the toolbar by keyboard.
    const box = ana.locator('#thread-body');
    await box.fill('Ganamos el partido');
    await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(11, 18));
    await box.press('Control+b');
    expect(await box.inputValue()).toBe('Ganamos el **partido**');
    await box.press('End');
    await box.press('Enter');
    await box.pressSequentially('Tres goles');
    const toolbar = ana.getByRole('toolbar', { name: 'Formato' });
    await toolbar.getByRole('button', { name: 'Negrita (Ctrl+B)' }).focus();
    await ana.keyboard.press('End');
    await ana.keyboard.press('ArrowLeft');
    await ana.keyboard.press('Enter');
    expect(await box.inputValue()).toBe('Ganamos el **partido**\n- Tres goles');

    // The preview is the server's rendering; Markdown symbols are gone.
    await ana.getByRole('tab', { name: 'Vista previa' }).click();
    const preview = ana.getByRole('tabpanel', { name: 'Vista previa' });
    await preview.locator('strong', { hasText: 'partido' }).waitFor();
    expect(await preview.locator('li').innerText()).toBe('Tres goles');
    await expectAccessible(ana, 'composer preview');
    await ana.getByRole('tab', { name: 'Escribir' }).click();

    // An image pasted into the text joins the form's picker.
    await box.evaluate(async (el) => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 30;
      canvas.getContext('2d')!.fillRect(0, 0, 40, 30);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      const data = new DataTransfer();
      data.items.add(new File([blob], 'marcador.png', { type: 'image/png' }));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await main(ana).getByRole('img', { name: 'marcador.png' }).waitFor();
    await expectAccessible(ana, 'composer with an image');

    await main(ana).locator('button[type=submit]').last().click();
    await ana.waitForURL(/\/groups\/futbol\/[0-9a-f-]{36}$/);
    expect(await heading(ana)).toBe(title);
    const post = main(ana).locator('article').first();
    expect(await post.locator('.prose-post strong').innerText()).toBe('partido');
    expect(await post.locator('img[src^="/media/posts/"]').count()).toBe(1);

    // The author's name leads to her profile, which lists what she just wrote.
    await post.getByRole('link', { name: 'Ana Ruiz', exact: true }).click();
    await ana.waitForURL(/\/members\/[0-9a-f-]{36}$/);
    expect(await heading(ana)).toBe('Ana Ruiz');
    await main(ana).getByRole('link', { name: new RegExp(title) }).waitFor();
    await expectAccessible(ana, 'own profile');

    // Another member sees it too, with the way to report the profile.
    const carlos = await people.open('carlos');
    await signIn(carlos, 'carlos.navarro@clubribera.test');
    await carlos.goto(ana.url());
    expect(await heading(carlos)).toBe('Ana Ruiz');
    await main(carlos).getByText('Denunciar este perfil').waitFor();
    await expectAccessible(carlos, 'profile (carlos)');
  });
});
