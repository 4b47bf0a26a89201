/**
 * A seeded PRNG (sfc32, seeded through splitmix32): the generator's only source of randomness, so a
 * seed fixes every byte it produces. Never Math.random() here.
 */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const split = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** Picks by weight (weights ≥ 0, not all 0). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** k distinct items in their original order (k clamped to the list). */
  sample<T>(items: readonly T[], k: number): T[] {
    const n = items.length;
    if (k >= n) return [...items];
    const chosen = new Uint8Array(n);
    for (let left = k; left > 0; ) {
      const i = this.int(n);
      if (!chosen[i]) {
        chosen[i] = 1;
        left--;
      }
    }
    return items.filter((_, i) => chosen[i] === 1);
  }

  /** A version-4 UUID made of PRNG bits. */
  uuid(): string {
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    const d = this.u32();
    const h = (x: number, shift: number) => HEX[(x >>> shift) & 0xff]!;
    return (
      h(a, 24) + h(a, 16) + h(a, 8) + h(a, 0) + '-' + h(b, 24) + h(b, 16) + '-' + HEX[0x40 | ((b >>> 8) & 0x0f)]! + h(b, 0) + '-' +
      HEX[0x80 | ((c >>> 24) & 0x3f)]! + h(c, 16) + '-' + h(c, 8) + h(c, 0) + h(d, 24) + h(d, 16) + h(d, 8) + h(d, 0)
    );
  }
}
