// What every benchmark shares: medians and percentiles, the verdict against a budget
// (../shared/DESIGN.md, "Performance budgets"), and one row format that prints as a
// Markdown table and is written as JSON by run.mjs. Nothing here fails on a timing.
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

// One figure: `budget` is the most it may be (or null when the figure has none), `runs`
// the individual measurements a median came from.
export function row(section, what, value, unit, budget = null, { runs = null, note = '' } = {}) {
  return {
    section, what, value, unit, budget,
    verdict: budget === null ? '' : value <= budget ? 'within' : 'over',
    runs, note,
  };
}

const figure = (v, unit) => {
  if (unit === 'KB') return v.toFixed(1);
  if (unit === '×') return v.toFixed(2);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
};

export function markdown(rows) {
  const out = ['| section | what | value | budget | verdict | note |', '|---|---|---:|---:|---|---|'];
  for (const r of rows) {
    const runs = r.runs && r.runs.length > 1 ? ` (runs: ${r.runs.map((v) => figure(v, r.unit)).join(', ')})` : '';
    out.push(`| ${r.section} | ${r.what} | ${figure(r.value, r.unit)} ${r.unit} | ` +
             `${r.budget === null ? '' : `${figure(r.budget, r.unit)} ${r.unit}`} | ${r.verdict} | ${r.note}${runs} |`);
  }
  return out.join('\n');
}

// True when this module was started as `node <file>`, not imported by run.mjs.
export const runDirectly = (meta) => process.argv[1] && new URL(`file://${process.argv[1]}`).href === meta.url;
