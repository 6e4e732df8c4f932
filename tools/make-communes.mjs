// Makes the synthetic commune-scale files of the scale benchmark: a wide CSV of `n` areas
// of a person's own (made-up communes with their province; a name recurs in several
// provinces, the pair never), one column per year, as a department keeps such a table. Values are pseudo-random but the same on
// every run (a fixed seed), so that runs compare.
//   node tools/make-communes.mjs N FILE
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIRST = ['An', 'Bình', 'Tân', 'Phú', 'Hòa', 'Long', 'Thạnh', 'Vĩnh', 'Quang', 'Đông', 'Tây', 'Nam', 'Bắc', 'Hưng', 'Phước', 'Thanh', 'Xuân', 'Hải', 'Trung', 'Mỹ'];
const SECOND = ['Lập', 'Thành', 'Lộc', 'Phong', 'Hiệp', 'Sơn', 'Hà', 'Lâm', 'Điền', 'Tiến', 'Yên', 'Khánh', 'Thịnh', 'Hội', 'Lợi', 'Cường', 'Kiều', 'Đức', 'Nghĩa', 'Hòa'];
const YEARS = [2023, 2024];

/** The provinces' Vietnamese names, from the app's own register. */
function provinces() {
  const csv = readFileSync(new URL('../assets/data/provinces.csv', import.meta.url), 'utf8');
  const [header, ...lines] = csv.trim().split('\n');
  const at = header.split(',').indexOf('name_vi');
  return lines.map((line) => line.split(',')[at]);
}

/** A small fixed-seed generator (mulberry32). */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The CSV text of `n` made-up communes: "STT,Xã,Tỉnh,2023,2024", a rate in % per year. */
export function communesCsv(n) {
  const names = provinces();
  const next = random(n);
  const lines = [['STT', 'Xã', 'Tỉnh', ...YEARS].join(',')];
  for (let i = 0; i < n; i += 1) {
    // 400 names, each in many provinces, as real commune names are: the province tells
    // them apart (the import's "lies within" column).
    const name = `Xã ${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}`;
    const province = names[i % names.length];
    const first = 20 + next() * 60;
    const values = YEARS.map((_, k) => (first + k * next() * 15).toFixed(1).replace('.', ','));
    lines.push([i + 1, name, province, ...values.map((v) => `"${v}"`)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [n, file] = process.argv.slice(2);
  if (!n || !file) {
    console.error('usage: node tools/make-communes.mjs N FILE');
    process.exit(2);
  }
  writeFileSync(file, communesCsv(Number(n)));
}
