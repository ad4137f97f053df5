/**
 * At most `limit` holders at once; the others wait in line. Sync requests pass it before their body
 * is read, so under load the waiting bodies stay in the kernel's socket buffers instead of as parsed
 * objects in the heap, where they would only make garbage collection slower.
 */
export class Gate {
  private held = 0;
  private readonly line: Array<() => void> = [];

  constructor(readonly limit: number) {}

  async enter(): Promise<void> {
    if (this.held < this.limit) {
      this.held++;
      return;
    }
    await new Promise<void>((resolve) => this.line.push(resolve));
  }

  leave(): void {
    const next = this.line.shift();
    if (next) next();
    else this.held--;
  }
}
