/**
 * Discord's documented message limits, checked independently of the adapter's own limit code, the
 * way Discord answers 400 "Invalid Form Body" (code 50035) when a payload breaks one.
 */
interface Embed {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
}

const len = (s: unknown) => (typeof s === 'string' ? [...s].length : 0);

export function messageProblems(body: Record<string, unknown>, fileSizes: number[]): string[] {
  const problems: string[] = [];
  if (len(body.content) > 2000) problems.push(`content is ${len(body.content)} > 2000`);
  const embeds = (Array.isArray(body.embeds) ? body.embeds : []) as Embed[];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds > 10`);
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embeds[${i}]`;
    if (len(e.title) > 256) problems.push(`${at}.title is ${len(e.title)} > 256`);
    if (len(e.description) > 4096) problems.push(`${at}.description is ${len(e.description)} > 4096`);
    if (len(e.footer?.text) > 2048) problems.push(`${at}.footer.text > 2048`);
    if (len(e.author?.name) > 256) problems.push(`${at}.author.name > 256`);
    const fields = e.fields ?? [];
    if (fields.length > 25) problems.push(`${at} has ${fields.length} fields > 25`);
    fields.forEach((f, j) => {
      if (len(f.name) === 0 || len(f.name) > 256) problems.push(`${at}.fields[${j}].name is ${len(f.name)}`);
      if (len(f.value) === 0 || len(f.value) > 1024)
        problems.push(`${at}.fields[${j}].value is ${len(f.value)}`);
      total += len(f.name) + len(f.value);
    });
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
  });
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
  if (fileSizes.length > 10) problems.push(`${fileSizes.length} files > 10`);
  fileSizes.forEach((size, i) => {
    if (size > 10 * 1024 * 1024) problems.push(`files[${i}] is ${size} bytes > 10 MiB`);
  });
  return problems;
}
