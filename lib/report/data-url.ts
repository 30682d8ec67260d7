/**
 * A blob as a `data:` URL. Runtime messages are JSON: a Blob does not survive them, a string does.
 * Built in chunks because `String.fromCharCode(...bytes)` overflows the stack on large images.
 */
export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${blob.type || 'image/png'};base64,${btoa(binary)}`;
}
