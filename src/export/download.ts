/**
 * Getting exported files to the reader, in the browser: a download through an <a download>
 * on a blob URL (created, clicked, revoked), an SVG drawn to a PNG through an Image and a
 * canvas, and text to the clipboard. Nothing here touches the network: blob URLs are local.
 */

/** How long a download's blob URL lives: the browser reads it when the download starts, a moment after the click. */
export const REVOKE_AFTER_MS = 10_000;

/** Saves `blob` as `filename` through a temporary <a download>; the blob URL is revoked after `revokeAfter` ms. */
export function downloadBlob(blob: Blob, filename: string, revokeAfter = REVOKE_AFTER_MS): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  // Firefox follows only links that are in a document.
  (document.body ?? document.documentElement).append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), revokeAfter);
  }
}

/** UTF-8 CSV (the text carries its BOM). */
export const csvBlob = (text: string): Blob => new Blob([text], { type: 'text/csv;charset=utf-8' });

/** An SVG file. */
export const svgBlob = (markup: string): Blob => new Blob([markup], { type: 'image/svg+xml;charset=utf-8' });

/**
 * A PNG of an SVG at `scale` × its size (2 by default: sharp on paper and high-density
 * screens). The SVG is loaded as an image from a blob URL and drawn to a canvas; it holds no
 * external resources, so the canvas is not tainted and nothing is fetched.
 */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  if (!(width > 0 && height > 0 && scale > 0)) throw new Error(`invalid size: ${width}×${height} at ${scale}×`);
  const url = URL.createObjectURL(svgBlob(markup));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this browser');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas produced no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Puts text on the clipboard: the async Clipboard API where allowed, else a selected textarea
 * and `execCommand('copy')` (older browsers, insecure contexts). False when neither worked.
 * The fallback moves focus; the caller restores it.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or no focus: try the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  (document.body ?? document.documentElement).append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    // Selecting moved focus to the textarea: the caller puts it back where the reader was.
    area.remove();
  }
}
