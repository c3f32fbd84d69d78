// results.json → a hand-made SVG bar chart: throughput (MB/s, log scale) of each tool on each
// generated proposal. A peer that timed out gets an open bar up to the throughput it was below.
import { formatBytes, toolLabel } from './report.mjs';

const COLORS = {
  floor: '#9e9e9e',
  ours: '#1565c0',
  incremental: '#64b5f6',
  alex: '#e65100',
  'write-good': '#6a1b9a',
  textlint: '#2e7d32',
  harper: '#c62828',
};

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderChart(results) {
  const tools = ['floor', 'ours', 'incremental', ...results.peers];
  const docs = results.documents;
  const barWidth = 11;
  const groupGap = 26;
  const groupWidth = tools.length * barWidth + groupGap;
  const left = 70;
  const top = 50;
  const plotHeight = 300;
  const width = left + docs.length * groupWidth + 20;
  const height = top + plotHeight + 70 + Math.ceil(tools.length / 4) * 18;

  const throughput = (d, m) => {
    if (!m) return undefined;
    if (m.status === 'ok') return { value: d.bytes / 1e6 / (m.cpuMedian / 1000), open: false };
    if (m.status === 'timeout') return { value: d.bytes / 1e6 / (m.timeoutMs / 1000), open: true };
    return undefined;
  };
  const values = docs.flatMap((d) => tools.map((t) => throughput(d, d.tools[t])?.value).filter((v) => v !== undefined && v > 0));
  const minExp = Math.floor(Math.log10(Math.min(...values, 0.01)));
  const maxExp = Math.ceil(Math.log10(Math.max(...values, 1)));
  const y = (v) => top + plotHeight - ((Math.log10(v) - minExp) / (maxExp - minExp)) * plotHeight;

  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`);
  out.push('<defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="4" fill="#bbb"/></pattern></defs>');
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${left}" y="22" font-size="14" font-weight="bold">Throughput on generated proposals (MB/s of Markdown, CPU time, log scale; higher is better)</text>`);
  out.push(`<text x="${left}" y="38" fill="#555">hatched: the tool timed out, so it was slower than the bar shows</text>`);
  for (let e = minExp; e <= maxExp; e++) {
    const yy = y(10 ** e);
    out.push(`<line x1="${left}" x2="${width - 20}" y1="${yy}" y2="${yy}" stroke="#e0e0e0"/>`);
    out.push(`<text x="${left - 6}" y="${yy + 4}" text-anchor="end" fill="#555">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`);
  }
  docs.forEach((d, i) => {
    const x0 = left + i * groupWidth + groupGap / 2;
    tools.forEach((t, j) => {
      const v = throughput(d, d.tools[t]);
      if (!v || v.value <= 0) return;
      const x = x0 + j * barWidth;
      const yy = y(v.value);
      const fill = v.open ? 'url(#hatch)' : COLORS[t];
      out.push(
        `<rect x="${x}" y="${yy.toFixed(1)}" width="${barWidth - 2}" height="${(top + plotHeight - yy).toFixed(1)}" fill="${fill}" stroke="${COLORS[t]}"><title>${escape(
          `${toolLabel(t)} on ${d.name}: ${v.open ? '< ' : ''}${v.value.toFixed(3)} MB/s`,
        )}</title></rect>`,
      );
    });
    out.push(`<text x="${x0 + (tools.length * barWidth) / 2}" y="${top + plotHeight + 16}" text-anchor="middle">${escape(d.name)}</text>`);
    out.push(`<text x="${x0 + (tools.length * barWidth) / 2}" y="${top + plotHeight + 30}" text-anchor="middle" fill="#555">${escape(formatBytes(d.bytes))}</text>`);
  });
  out.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotHeight}" stroke="#555"/>`);
  tools.forEach((t, j) => {
    const lx = left + (j % 4) * 230;
    const ly = top + plotHeight + 52 + Math.floor(j / 4) * 18;
    out.push(`<rect x="${lx}" y="${ly - 9}" width="10" height="10" fill="${COLORS[t]}"/>`);
    out.push(`<text x="${lx + 15}" y="${ly}">${escape(toolLabel(t))}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
