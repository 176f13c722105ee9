// The demo page: replaces the widget's documents with pasted text and
// dropped or chosen .txt files, and goes back to the reference articles.
import { readTextFile } from './arah.js';

const widget = document.getElementById('arah');
const form = document.getElementById('own-texts');
const paste = document.getElementById('paste');
const files = document.getElementById('files');
const dropZone = document.getElementById('drop-zone');
const message = document.getElementById('own-message');
let dropped = [];

files.addEventListener('change', () => {
  dropped = [...files.files];
  message.textContent = dropped.length ? `${dropped.length} file(s) chosen.` : '';
});

dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('over');
  dropped = [...event.dataTransfer.files];
  message.textContent = `${dropped.length} file(s) dropped.`;
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const documents = [];
  const warnings = [];
  if (paste.value.trim()) documents.push({ title: 'Pasted text', text: paste.value });
  for (const file of dropped) {
    try {
      const decoded = await readTextFile(file.name, new Uint8Array(await file.arrayBuffer()));
      documents.push({ title: file.name, text: decoded.text });
      if (decoded.warning) warnings.push(decoded.warning);
    } catch (error) {
      warnings.push(error.message);
    }
  }
  if (!documents.length) {
    message.textContent = warnings.length
      ? warnings.join(' ')
      : 'Nothing to analyse yet: paste a text or choose a .txt file.';
    return;
  }
  message.textContent = `Analysing ${documents.length} text(s).`;
  widget.setDocuments(documents, warnings);
  widget.scrollIntoView({ behavior: 'smooth', block: 'start' });
});

document.getElementById('reset').addEventListener('click', () => {
  form.reset();
  dropped = [];
  message.textContent = '';
  widget.setDocuments(null);
});
