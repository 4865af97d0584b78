/**
 * A text without the byte-order mark an editor may put first (Windows Notepad does): what a
 * browser's decoding does for text it fetches, done for text read from disk too.
 */
export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
