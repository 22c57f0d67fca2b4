import * as assert from 'assert';
import { Activity } from '../../src/core/workspace/activity';
import { KeyedDebounce } from '../../src/core/workspace/debounce';
import { DisposableStore, Emitter } from '../../src/core/workspace/events';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedDebounce', () => {
  it('runs the last request per key once the pause is over, each key on its own', async () => {
    const ran: string[] = [];
    const debounce = new KeyedDebounce(20);
    debounce.schedule('a', () => ran.push('a1'));
    debounce.schedule('b', () => ran.push('b1'));
    debounce.schedule('a', () => ran.push('a2'));
    assert.ok(debounce.isPending('a'));
    await tick(40);
    assert.deepStrictEqual(ran.sort(), ['a2', 'b1']);
    assert.ok(!debounce.isPending('a'));
  });

  it('drops cancelled and disposed work', async () => {
    const ran: string[] = [];
    const debounce = new KeyedDebounce(10);
    debounce.schedule('a', () => ran.push('a'));
    debounce.schedule('b', () => ran.push('b'));
    debounce.cancel('a');
    debounce.dispose();
    await tick(30);
    assert.deepStrictEqual(ran, []);
  });
});

describe('Activity', () => {
  it('is idle only once pending pauses and tracked work are over', async () => {
    const activity = new Activity();
    const debounce = new KeyedDebounce(30, activity);
    const events: string[] = [];
    debounce.schedule('a', () => {
      events.push('checked');
      // Work that ends by starting more: the idle signal waits for that too.
      void activity.track(tick(20).then(() => void events.push('loaded')));
    });
    assert.ok(activity.busy);
    await activity.whenIdle();
    assert.deepStrictEqual(events, ['checked', 'loaded']);
    assert.ok(!activity.busy);
  });

  it('counts cancelled work as ended, once however often it is ended', async () => {
    const activity = new Activity();
    const debounce = new KeyedDebounce(10_000, activity);
    debounce.schedule('a', () => undefined);
    debounce.cancel('a');
    const work = activity.begin();
    work.dispose();
    work.dispose();
    assert.ok(!activity.busy);
    await activity.whenIdle();
  });

  it('ends tracked work that fails, leaving the failure to the caller', async () => {
    const activity = new Activity();
    await assert.rejects(activity.track(Promise.reject(new Error('unreadable'))), /unreadable/);
    assert.ok(!activity.busy);
  });
});

describe('DisposableStore and Emitter', () => {
  it('disposes of everything added, last first, and at once what comes after', () => {
    const disposed: string[] = [];
    const store = new DisposableStore();
    store.push({ dispose: () => disposed.push('first') }, { dispose: () => disposed.push('second') });
    store.dispose();
    store.add({ dispose: () => disposed.push('late') });
    assert.deepStrictEqual(disposed, ['second', 'first', 'late']);
  });

  it('fires to the listeners subscribed at the time', () => {
    const emitter = new Emitter<number>();
    const heard: number[] = [];
    const listener = emitter.event((value) => heard.push(value));
    emitter.fire(1);
    listener.dispose();
    emitter.fire(2);
    assert.deepStrictEqual(heard, [1]);
  });
});
