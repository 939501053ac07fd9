/**
 * The reading view's webview page: the HTML shell around the server's sanitised fragment, its Content-Security-Policy
 * and the webview options. Pure and free of `vscode` imports, so it is tested under Node.
 */

/** What the shell needs from the webview and the server. */
export interface ReadingViewShell {
  /** `webview.cspSource`: the origin the webview serves the extension's media from. */
  cspSource: string;
  /** A fresh random nonce for the page's one script. */
  nonce: string;
  /** `asWebviewUri` of `media/reading.css` and of `media/readingView.js`, as strings. */
  styleUri: string;
  scriptUri: string;
  /** The document title, from the front matter: user text, so it is escaped here. */
  title: string;
  /** The server's sanitised HTML fragment, inserted as given. */
  body: string;
}

/** The webview's policy: nothing by default, the extension's style sheet, images, and only the script with the nonce. */
export function readingViewCsp(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource}; img-src ${cspSource} https:; script-src 'nonce-${nonce}';`;
}

/** The options of the panel: scripts for the one nonce script, and no local files but the extension's media folder. */
export function readingViewOptions<Uri>(mediaRoot: Uri): { enableScripts: true; localResourceRoots: Uri[]; retainContextWhenHidden: false } {
  return { enableScripts: true, localResourceRoots: [mediaRoot], retainContextWhenHidden: false };
}

/** The whole page. The body classes `vscode-light` and the like are added by VS Code, which the style sheet follows. Pure. */
export function readingViewHtml(shell: ReadingViewShell): string {
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(readingViewCsp(shell.cspSource, shell.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(shell.title)}</title>`,
    `<link rel="stylesheet" href="${escapeHtml(shell.styleUri)}">`,
    '</head>',
    '<body class="gloss-webview">',
    `<main id="gloss-root">${shell.body}</main>`,
    `<script nonce="${escapeHtml(shell.nonce)}" src="${escapeHtml(shell.scriptUri)}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** `text` safe inside element content and double-quoted attribute values (every attribute here is double-quoted). Pure. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
