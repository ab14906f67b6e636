// Which input just changed, told to the few parts that care (by exact name or name prefix),
// without react-hook-form's value subscriptions, which deep-clone all values on every keystroke.

type Listener = () => void;

export class FieldBus {
  private exact = new Map<string, Set<Listener>>();
  private prefixes = new Map<string, Set<Listener>>();
  private resets = new Set<Listener>();

  /** An input named `name` changed (called by the form's change handler). */
  changed(name: string): void {
    this.exact.get(name)?.forEach((f) => f());
    for (const [prefix, set] of this.prefixes) if (name.startsWith(prefix)) set.forEach((f) => f());
  }

  /** The whole form was reset to new values. */
  reset(): void {
    this.resets.forEach((f) => f());
    this.exact.forEach((set) => set.forEach((f) => f()));
    this.prefixes.forEach((set) => set.forEach((f) => f()));
  }

  onName(name: string, f: Listener): () => void {
    return add(this.exact, name, f);
  }

  onPrefix(prefix: string, f: Listener): () => void {
    return add(this.prefixes, prefix, f);
  }

  onReset(f: Listener): () => void {
    this.resets.add(f);
    return () => void this.resets.delete(f);
  }
}

function add(map: Map<string, Set<Listener>>, key: string, f: Listener): () => void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(f);
  return () => {
    set.delete(f);
    if (set.size === 0) map.delete(key);
  };
}
