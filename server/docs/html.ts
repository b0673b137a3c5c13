/** HTML text escaping for the server-rendered pages. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The pages' shared frame: readable in light and dark, on a narrow screen, no external assets. */
export function htmlPage(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; }
  main { max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
  nav.top { padding: .5rem 1rem; border-bottom: 1px solid #8884; font-size: .9rem; }
  nav.top a { margin-right: 1rem; }
  table { border-collapse: collapse; width: 100%; }
  td, th { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #8883; vertical-align: top; }
  pre { overflow-x: auto; padding: .75rem; border: 1px solid #8884; border-radius: 6px; }
  form label { margin-right: .75rem; }
</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}
