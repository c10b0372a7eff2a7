/**
 * Buckets of object ids over a fixed rectangle [0, width] × [0, height], for "what is near this
 * box" queries. Anything outside the rectangle lands in the border cells, so queries stay correct
 * there, only slower.
 */
export class BoxGrid {
  private readonly cols: number;
  private readonly rows: number;
  private readonly cells: number[][];
  private readonly stamp: Int32Array;
  private visit = 0;

  /** `objects` bounds the ids (0 … objects − 1) that will be inserted. */
  constructor(
    width: number,
    height: number,
    objects: number,
    private readonly cell = 64,
  ) {
    this.cols = Math.max(1, Math.ceil(width / cell));
    this.rows = Math.max(1, Math.ceil(height / cell));
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
    this.stamp = new Int32Array(objects);
  }

  insert(id: number, x0: number, y0: number, x1: number, y1: number): void {
    const c0 = this.col(x0);
    const c1 = this.col(x1);
    const r1 = this.row(y1);
    for (let r = this.row(y0); r <= r1; r++) {
      for (let c = c0; c <= c1; c++) this.cells[r * this.cols + c]!.push(id);
    }
  }

  /** Writes the distinct ids filed near the box into `out` (in insertion order per cell) and returns how many. */
  query(x0: number, y0: number, x1: number, y1: number, out: number[]): number {
    // A fresh stamp per query dedupes ids filed in several cells without clearing anything.
    const mark = ++this.visit;
    const c0 = this.col(x0);
    const c1 = this.col(x1);
    const r1 = this.row(y1);
    let count = 0;
    for (let r = this.row(y0); r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        for (const id of this.cells[r * this.cols + c]!) {
          if (this.stamp[id] !== mark) {
            this.stamp[id] = mark;
            out[count++] = id;
          }
        }
      }
    }
    return count;
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor(x / this.cell)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / this.cell)));
  }
}
