// The self-check's lazily imported chunk: the check itself, its summary for the
// candidate, and the summary's English sentences.
export { runSelfCheck, testMedia } from './self-check';
export { summarizeDiagnostics } from './diagnostics-summary';
export { enSelfCheck } from './messages/en-self-check';
export { enLater } from './messages/en-later';
