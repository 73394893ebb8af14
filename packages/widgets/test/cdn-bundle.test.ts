import { describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import './commands.js';

/** Loads a script as `<script type="module" src=…>` would, from a blob URL. */
async function loadModule(code: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

// The file portals load: production Lit, minified templates, self-registration.
describe('asn-widgets.js (CDN build)', () => {
  it('registers the elements, which render, validate and survive a second copy on the page', async () => {
    const code = await commands.cdnBundle();
    await loadModule(code);
    await loadModule(code); // a second copy (another portal, another version): guarded, no throw
    expect(customElements.get('asn-leave-form')).toBeDefined();

    document.documentElement.lang = 'id';
    document.body.innerHTML = '<asn-leave-form endpoint="https://asn.test/graphql"></asn-leave-form>';
    await expect.element(page.getByRole('heading', { name: 'Pengajuan Cuti' })).toBeVisible();
    await userEvent.fill(page.getByLabelText('Tanggal mulai'), '2026-03-10');
    await userEvent.fill(page.getByLabelText('Tanggal selesai'), '2026-03-09');
    await userEvent.click(page.getByRole('button', { name: 'Ajukan cuti' }));
    await expect
      .element(page.getByLabelText('Tanggal selesai'))
      .toHaveAccessibleDescription('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    await expect
      .element(page.getByLabelText('Jenis cuti'))
      .toHaveAccessibleDescription('Jenis cuti wajib diisi.');
  });
});
