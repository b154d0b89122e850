/** The files a person actually chose: browsers send an empty part when the picker was left alone. */
export async function formFiles(formData: FormData, name: string): Promise<Uint8Array<ArrayBuffer>[]> {
  const files = formData.getAll(name).filter((v): v is File => typeof v !== 'string' && v.size > 0);
  return Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
}
