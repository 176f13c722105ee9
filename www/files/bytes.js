// What every reader of www/files/ shares: the widget's limit on a file's
// size and a few byte helpers. A leaf: it imports nothing.

// One file is held in memory several times over while it is read (bytes,
// text, the wasm's copy); past this the tab may run out, so it is refused
// before a byte is read. The CLI has no such limit.
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

// Whole megabytes, rounded down as the CLI rounds them.
export const megabytes = (bytes) => Math.floor(bytes / 1024 / 1024);

export const startsWith = (bytes, prefix) => prefix.every((byte, i) => bytes[i] === byte);
export const ascii = (text) => [...text].map((c) => c.charCodeAt(0));
