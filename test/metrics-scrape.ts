/** One Prometheus text exposition, parsed into its series (name with labels -> value). */
export class MetricsScrape {
  readonly series = new Map<string, number>();

  constructor(readonly text: string) {
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const cut = line.lastIndexOf(' ');
      this.series.set(line.slice(0, cut), Number(line.slice(cut + 1)));
    }
  }

  /** The metric names with at least one series (histograms by their base name too). */
  get names(): Set<string> {
    const names = new Set<string>();
    for (const key of this.series.keys()) {
      const name = key.split('{')[0];
      names.add(name).add(name.replace(/_(bucket|sum|count)$/, ''));
    }
    return names;
  }

  /** Sum of the series of `name` whose labels include every `labels` pair. */
  value(name: string, labels: Record<string, string> = {}): number {
    let sum = 0;
    for (const [key, value] of this.series) {
      if (key.split('{')[0] !== name) continue;
      if (Object.entries(labels).every(([label, wanted]) => key.includes(`${label}="${wanted}"`))) sum += value;
    }
    return sum;
  }

  /** Series of the service's own metrics (Node's default ones, `nodejs_*` and `process_*`, left out). */
  get ownSeries(): string[] {
    return [...this.series.keys()].filter((key) => !/^(nodejs|process)_/.test(key));
  }
}
