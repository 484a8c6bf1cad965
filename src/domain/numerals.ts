// Chinese numerals as used in document numbering (一 … 九十九) and their Arabic values.

const digits = '零一二三四五六七八九';

export function numeralValue(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const [tens, ones] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const ten = numeral.includes('十') ? (tens ? digits.indexOf(tens) : 1) : 0;
  const one = ones ? digits.indexOf(ones) : 0;
  return ten * 10 + one;
}

export function toNumeral(value: number): string {
  if (value < 10) return digits[value] ?? '';
  const ten = Math.floor(value / 10);
  const one = value % 10;
  return `${ten === 1 ? '' : digits[ten]}十${one ? digits[one] : ''}`;
}
