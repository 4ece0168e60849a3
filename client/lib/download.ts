/**
 * Saves a file fetched with api/http.ts `download()` under the name the server gave it: an
 * object URL on a temporary <a download> (allowed by the CSP; no navigation).
 */
export function saveFile(file: { blob: Blob; filename: string | null }, fallbackName: string): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename ?? fallbackName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
