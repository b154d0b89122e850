/**
 * RFC 4180 text for spreadsheets: a field with a comma, quote or line break is quoted, quotes doubled;
 * a field a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLines(rows: string[][]): string {
  return `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** A download, with a byte-order mark so spreadsheets read the accents right; never cached. */
export function csvDownload(text: string, fileName: string): Response {
  return new Response(`\uFEFF${text}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
