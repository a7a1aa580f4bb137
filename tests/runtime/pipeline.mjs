// The whole core pipeline on in-memory articles, with no I/O: the same code runs in Node, Deno
// and a browser page, so each runtime can be checked to give byte-identical JSON.
export function runPipeline(core, inputs) {
  const articles = inputs.map((input) =>
    core.normalize({ content: input.content, label: input.label, format: 'text', meta: { outlet: input.outlet } }),
  );
  const comparison = core.compare(core.analyzeCorpus(articles));
  return {
    json: core.report(comparison, { format: 'json' }),
    markdown: core.report(comparison, { format: 'md' }),
    html: core.report(comparison, { format: 'html' }),
  };
}
