// Saves a file that came back from the main process as base64 (an export) as a browser download.
export function downloadBase64(r: { base64: string | null; mime: string; fileName: string }): void {
  const bytes = Uint8Array.from(atob(r.base64 ?? ''), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: r.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = r.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
