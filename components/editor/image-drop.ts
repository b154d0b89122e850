const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * Adds dropped or pasted images to a form's file input, after the ones already chosen, and tells its
 * listeners; the form then sends them as if picked. Answers how many were taken (other files are left).
 */
export function addImages(inputId: string, files: FileList): number {
  const input = document.getElementById(inputId);
  if (!(input instanceof HTMLInputElement) || input.type !== 'file') return 0;
  const images = [...files].filter((f) => ACCEPTED.has(f.type));
  if (images.length === 0) return 0;
  const all = new DataTransfer();
  for (const f of [...(input.files ?? []), ...images]) all.items.add(f);
  input.files = all.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return images.length;
}
