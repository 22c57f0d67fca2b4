/** Something to let go of: a listener, a timer, a resource. The same shape as VS Code's. */
export interface Disposable {
  dispose(): void;
}

/** Subscribes a listener; the returned disposable unsubscribes it. VS Code's events fit this shape. */
export type Event<T> = (listener: (value: T) => void) => Disposable;

/** The source of an `Event`: fires it to every listener subscribed at the time. */
export class Emitter<T> implements Disposable {
  private readonly listeners = new Set<(value: T) => void>();

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  dispose(): void {
    this.listeners.clear();
  }
}

/** Disposables kept together and disposed of at once, last added first; added after that, disposed of at once. */
export class DisposableStore implements Disposable {
  private items: Disposable[] = [];
  private disposed = false;

  add<T extends Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.push(item);
    return item;
  }

  push(...items: Disposable[]): void {
    items.forEach((item) => this.add(item));
  }

  dispose(): void {
    this.disposed = true;
    const items = this.items.reverse();
    this.items = [];
    items.forEach((item) => item.dispose());
  }
}
