// PDF, as the CLI reads it (src/bin/arah/input/pdf.rs): the text layer, read by pdf.js in its worker (a file
// next to it, so a page whose policy allows only its own scripts runs it).

// pdf.js and one worker for every PDF of the page, started with the first.
let pdfWorker = null;

export async function pdfText(name, bytes) {
  // pdf.js rebuilds a cut file from what is left and would read part of it
  // silently; the CLI refuses it. A whole PDF ends with %%EOF, give or take
  // a little trailing junk.
  const tail = new TextDecoder('latin1').decode(bytes.subarray(-1024));
  if (!tail.includes('%%EOF')) throw new Error(`${name}: cannot read this PDF, it is damaged or truncated (it has no end)`);
  pdfWorker ??= import('../pkg/vendor/pdf.min.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('../pkg/vendor/pdf.worker.min.mjs', import.meta.url).href;
    return { pdfjs, worker: new pdfjs.PDFWorker() };
  });
  const { pdfjs, worker } = await pdfWorker;
  // No eval (a strict CSP forbids it), no fonts installed in the page: only
  // the text is wanted. The worker gets its own copy of the bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(), worker, isEvalSupported: false, disableFontFace: true, stopAtErrors: true, verbosity: 0,
  });
  let text = '';
  try {
    const pdf = await task.promise;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      for (const item of (await page.getTextContent()).items) text += item.str + (item.hasEOL ? '\n' : '');
      // A page ends a line.
      if (text && !text.endsWith('\n')) text += '\n';
    }
  } catch (error) {
    if (error.name === 'PasswordException') {
      throw new Error(`${name} is an encrypted PDF that needs a password; save an unprotected copy`);
    }
    throw new Error(`${name}: cannot read this PDF, it is damaged or truncated`);
  } finally {
    task.destroy();
  }
  if (!text.trim()) throw new Error(`${name} has no text layer (a scan?); run OCR on it first, e.g. with ocrmypdf`);
  return text;
}
